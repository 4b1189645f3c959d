#pragma once
// What the serial console needs from the rest of the camera, as one injected interface, so the
// console is tested alone and wired to the settings store, network and system services with a few
// lines. Every method is called from the console's own task, while the camera's HTTP handlers run on
// others: an implementation must be thread-safe against those.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace printcam::console {

/// A refusal: `code` is a stable snake_case word (as in the HTTP API's errors), `message` says
/// what to do, for people.
struct ConsoleError {
  std::string code;
  std::string message;
};

struct WifiNetwork {
  std::string ssid;
  int rssi = 0;  ///< dBm
  bool secure = false;
};

enum class WifiPhase {
  Idle,       ///< not connected, not trying
  Joining,    ///< a join is under way
  Connected,  ///< connected with an address
  Failed,     ///< the last join failed; not connected
};

struct WifiState {
  WifiPhase phase = WifiPhase::Idle;
  std::string ip;           ///< dotted IPv4 while Connected
  std::uint16_t port = 80;  ///< of the camera's web UI (the simulated camera's is not 80)
  std::string message;      ///< why, when Failed ("wrong password", "network not found")
};

struct ApInfo {
  bool active = false;
  std::string ssid;
  std::string password;
};

struct DeviceInfo {
  std::string firmware_name;
  std::string version;
  std::string chip;  ///< "ESP32", "ESP32-S3"
  std::string device_name;
};

class ConsoleBackend {
 public:
  virtual ~ConsoleBackend() = default;
  /// A setting's value as JSON (a secret reads {"set":true|false}); nullopt for an unknown key.
  virtual std::optional<std::string> get_setting_json(const std::string& key) = 0;
  /// Validates and persists one setting from its text form; the error names why not.
  virtual std::optional<ConsoleError> set_setting(const std::string& key, const std::string& value) = 0;
  /// One JSON object, the shape of GET /api/status.
  virtual std::string status_json() = 0;
  /// Scans and returns the networks in range (may take a few seconds).
  virtual std::vector<WifiNetwork> wifi_scan() = 0;
  /// Starts joining (and on success keeps the credentials). Before returning it must make
  /// wifi_state() report Joining, or return an error (bad SSID or password length).
  virtual std::optional<ConsoleError> wifi_join(const std::string& ssid, const std::string& password) = 0;
  virtual WifiState wifi_state() = 0;
  virtual std::optional<ConsoleError> set_ap(bool on) = 0;
  virtual ApInfo ap_info() = 0;
  virtual DeviceInfo device_info() = 0;
  /// Restarts the camera soon (ports::System::request_reboot); returns at once. The console has
  /// written its reply already; the platform lets it leave the UART before restarting.
  virtual void reboot() = 0;
  /// Erases every setting (stored as defaults); the console then replies and calls reboot().
  virtual std::optional<ConsoleError> factory_reset() = 0;
};

}  // namespace printcam::console
