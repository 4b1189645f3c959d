#include "platform/host/sim_console_backend.hpp"

#include <cstdio>

#include "core/json/json_escape.hpp"
#include "core/network/ap_credentials.hpp"

namespace printcam::host {
namespace {

/// A simulated join takes this long, so clients see PROVISIONING before the outcome, as they
/// would on a real camera (which takes seconds).
constexpr std::uint64_t kSimJoinMs = 300;
/// A locally administered MAC (0x02 bit set), so the simulated camera never claims a real one.
constexpr network::Mac kSimMac = {0x02, 0x00, 0x00, 0x5a, 0x1c, 0x01};
/// Stands in for the per-board secret id (ap_credentials.hpp); the sim has one board.
const std::vector<std::uint8_t> kSimSecretId = {'p', 'r', 'i', 'n', 't', 'c', 'a', 'm', '-', 's', 'i', 'm'};

std::string quoted(const std::string& s) {
  std::string j;
  json::append_string(j, s);
  return j;
}

}  // namespace

SimConsoleBackend::SimConsoleBackend(const ports::Clock& clock, SimWifi network, std::uint16_t http_port)
    : clock_(clock), network_(std::move(network)), http_port_(http_port) {
  load_defaults();
}

void SimConsoleBackend::load_defaults() {
  settings_ = {
      {"system.name", {"printcam", 1, 32, false}},    {"network.wifi_ssid", {"", 0, 32, false}},
      {"network.wifi_password", {"", 0, 63, true}},   {"upload.token", {"", 0, 64, true}},
      {"security.admin_password", {"", 0, 64, true}},
  };
}

std::optional<std::string> SimConsoleBackend::get_setting_json(const std::string& key) {
  const auto it = settings_.find(key);
  if (it == settings_.end()) return std::nullopt;
  if (it->second.secret) return std::string(it->second.value.empty() ? "{\"set\":false}" : "{\"set\":true}");
  return quoted(it->second.value);
}

std::optional<console::ConsoleError> SimConsoleBackend::set_setting(const std::string& key,
                                                                    const std::string& value) {
  const auto it = settings_.find(key);
  if (it == settings_.end()) return console::ConsoleError{"unknown_key", "no setting is called " + key};
  Setting& s = it->second;
  if (value.size() < s.min_length || value.size() > s.max_length) {
    return console::ConsoleError{"out_of_range", key + " takes " + std::to_string(s.min_length) + " to " +
                                                     std::to_string(s.max_length) + " bytes"};
  }
  s.value = value;
  return std::nullopt;
}

std::string SimConsoleBackend::status_json() {
  const console::WifiState w = wifi_state();
  std::string j =
      "{\"uptime_s\":" + std::to_string(clock_.monotonic_ms() / 1000) + ",\"wifi\":{\"connected\":";
  j += w.phase == console::WifiPhase::Connected ? "true" : "false";
  j += ",\"ssid\":" + quoted(connected_ ? join_ssid_ : "") + ",\"ip\":" + quoted(w.ip);
  j += ",\"ap\":{\"active\":" + std::string(ap_active_ ? "true" : "false") +
       ",\"ssid\":" + quoted(ap_info().ssid);
  return j + "}}}";
}

std::vector<console::WifiNetwork> SimConsoleBackend::wifi_scan() {
  std::vector<console::WifiNetwork> list = {{"Neighbours 2.4", -78, true}, {"Cafe Guest", -85, false}};
  if (!network_.ssid.empty()) list.insert(list.begin(), {network_.ssid, -48, !network_.password.empty()});
  return list;
}

std::optional<console::ConsoleError> SimConsoleBackend::wifi_join(const std::string& ssid,
                                                                  const std::string& password) {
  if (ssid.empty() || ssid.size() > 32)
    return console::ConsoleError{"invalid_ssid", "an SSID is 1 to 32 bytes"};
  if (!password.empty() && (password.size() < 8 || password.size() > 63)) {
    return console::ConsoleError{"invalid_password",
                                 "a WPA password is 8 to 63 bytes, or empty for an open network"};
  }
  joining_ = true;
  connected_ = false;
  failure_.clear();
  join_ssid_ = ssid;
  join_password_ = password;
  join_started_ms_ = clock_.monotonic_ms();
  return std::nullopt;
}

console::WifiState SimConsoleBackend::wifi_state() {
  if (joining_ && clock_.monotonic_ms() - join_started_ms_ >= kSimJoinMs) {
    joining_ = false;
    connected_ = join_ssid_ == network_.ssid && join_password_ == network_.password;
    if (connected_) {
      settings_["network.wifi_ssid"].value = join_ssid_;
      settings_["network.wifi_password"].value = join_password_;
    } else {
      failure_ = join_ssid_ == network_.ssid ? "wrong password" : "network not found";
    }
  }
  if (joining_) return {console::WifiPhase::Joining, "", http_port_, ""};
  if (connected_) return {console::WifiPhase::Connected, "127.0.0.1", http_port_, ""};
  if (!failure_.empty()) return {console::WifiPhase::Failed, "", http_port_, failure_};
  return {};
}

std::optional<console::ConsoleError> SimConsoleBackend::set_ap(bool on) {
  ap_active_ = on;
  return std::nullopt;
}

console::ApInfo SimConsoleBackend::ap_info() {
  return {ap_active_, network::ap_ssid(kSimMac), network::ap_password(kSimSecretId)};
}

console::DeviceInfo SimConsoleBackend::device_info() {
  return {"printcam", "0.1.0", "host (simulated)", settings_["system.name"].value};
}

// The simulated camera does not restart: it says so, and a reboot changes nothing it keeps.
void SimConsoleBackend::reboot() {
  std::fprintf(stderr, "[sim] reboot requested (simulated: nothing restarts)\n");
}

void SimConsoleBackend::factory_reset() {
  load_defaults();
  joining_ = connected_ = false;
  failure_.clear();
  ap_active_ = true;
  std::fprintf(stderr, "[sim] factory reset: settings back to defaults\n");
}

}  // namespace printcam::host
