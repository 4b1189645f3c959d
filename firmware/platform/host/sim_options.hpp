#pragma once
// Command line of the simulated camera (`npm run device -- --port P --data DIR ...`).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace printcam::host {

struct SimOptions {
  std::uint16_t port = 8080;
  std::string data_dir = ".printcam-sim";
  int fps = 10;
  std::string frames_dir;  ///< Empty: generate frames.
  /// The one Wi-Fi network the simulated radio can join (see SimNetwork).
  std::string wifi_ssid = "PrintShop";
  std::string wifi_password = "printcam-test";
  enum class Serial { None, Stdio, Pty } serial = Serial::None;
  /// A camera with no Wi-Fi joined yet, its setup AP up (captive portal + DNS) and its setup button.
  /// Without it the camera starts joined and has no AP (the serial console's `ap` says so).
  bool setup_ap = false;
  std::uint16_t dns_port = 0;  ///< The setup AP's DNS responder port on 127.0.0.1; 0 picks a free one.
  std::string peers_dir;       ///< Shared with other simulated cameras so they find each other; empty: none.
  /// Which board the simulator claims to be: OTA images must be built for it.
  std::string board = "ai-thinker-esp32-cam";
};

/// Parses argv (without argv[0]); on a bad argument returns nullopt and sets `error`.
std::optional<SimOptions> parse_sim_options(const std::vector<std::string>& args, std::string& error);

inline constexpr const char* kSimUsage =
    "usage: printcam-sim [--port P] [--data DIR] [--fps N] [--frames FOLDER] [--board ID] [--serial MODE]\n"
    "                    [--wifi-ssid NAME] [--wifi-password PW] [--ap] [--dns-port P] [--peers-dir DIR]\n"
    "  --port P        TCP port on 127.0.0.1 (0 picks a free one; default 8080)\n"
    "  --data DIR      where the camera keeps its settings and state\n"
    "  --fps N         generated frame rate, 1..60 (default 10)\n"
    "  --frames DIR    play the JPEG files in DIR instead of generated frames\n"
    "  --serial MODE   the serial console: none (default), stdio, or pty (prints 'serial: PATH')\n"
    "  --wifi-ssid NAME      the simulated network the camera can join (default PrintShop)\n"
    "  --wifi-password PW    its password (default printcam-test)\n"
    "  --ap            a camera with no Wi-Fi yet, with its setup access point: captive-portal answers,\n"
    "                  a DNS responder, and the setup button: `touch DIR/button` presses it, `rm` releases\n"
    "                  it; held 3 s it forces the AP on (as the serial console's `ap on`). Without\n"
    "                  --ap the camera starts joined to the network above and has no AP\n"
    "  --dns-port P    UDP port of that DNS responder on 127.0.0.1 (default 0: a free one)\n"
    "  --peers-dir DIR cameras sharing DIR find each other (stands in for mDNS; /api/peers)\n"
    "  --board ID      the board to simulate, from firmware/boards/boards.json (default\n"
    "                  ai-thinker-esp32-cam); OTA accepts only images built for it\n";

}  // namespace printcam::host
