#include "platform/host/sim_options.hpp"

#include <cstdlib>

#include "generated/boards.hpp"

namespace printcam::host {
namespace {

bool parse_int(const std::string& s, long lo, long hi, long& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  const long v = std::strtol(s.c_str(), &end, 10);
  if (*end != '\0' || v < lo || v > hi) return false;
  out = v;
  return true;
}

}  // namespace

std::optional<SimOptions> parse_sim_options(const std::vector<std::string>& args, std::string& error) {
  SimOptions o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (flag == "--help" || flag == "-h") {
      error = "";
      return std::nullopt;
    }
    if (flag == "--ap") {
      o.setup_ap = true;
      continue;
    }
    if (i + 1 >= args.size()) {
      error = "missing value after " + flag;
      return std::nullopt;
    }
    const std::string& value = args[++i];
    long n = 0;
    if (flag == "--port") {
      if (!parse_int(value, 0, 65535, n)) {
        error = "--port must be 0..65535, got '" + value + "'";
        return std::nullopt;
      }
      o.port = static_cast<std::uint16_t>(n);
    } else if (flag == "--data") {
      o.data_dir = value;
    } else if (flag == "--fps") {
      if (!parse_int(value, 1, 60, n)) {
        error = "--fps must be 1..60, got '" + value + "'";
        return std::nullopt;
      }
      o.fps = static_cast<int>(n);
    } else if (flag == "--dns-port") {
      if (!parse_int(value, 0, 65535, n)) {
        error = "--dns-port must be 0..65535, got '" + value + "'";
        return std::nullopt;
      }
      o.dns_port = static_cast<std::uint16_t>(n);
    } else if (flag == "--peers-dir") {
      o.peers_dir = value;
    } else if (flag == "--frames") {
      o.frames_dir = value;
    } else if (flag == "--wifi-ssid") {
      o.wifi_ssid = value;
    } else if (flag == "--wifi-password") {
      o.wifi_password = value;
    } else if (flag == "--serial") {
      if (value == "none") {
        o.serial = SimOptions::Serial::None;
      } else if (value == "stdio") {
        o.serial = SimOptions::Serial::Stdio;
      } else if (value == "pty") {
        o.serial = SimOptions::Serial::Pty;
      } else {
        error = "--serial must be none, stdio or pty, got '" + value + "'";
        return std::nullopt;
      }
    } else if (flag == "--board") {
      if (!generated::has_board(value)) {
        error = "--board must name a board in firmware/boards/boards.json, got '" + value + "'";
        return std::nullopt;
      }
      o.board = value;
    } else {
      error = "unknown option " + flag;
      return std::nullopt;
    }
  }
  return o;
}

}  // namespace printcam::host
