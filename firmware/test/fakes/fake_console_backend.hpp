#pragma once
// A console backend with the controls a test needs: settings in a map (keys ending in
// "password" or "token" are secrets), a scan list, and a Wi-Fi join that stays Joining until the
// test ends it with finish_join().

#include <map>
#include <string>
#include <vector>

#include "core/console/console_backend.hpp"
#include "core/json/json_escape.hpp"

namespace printcam::fakes {

class FakeConsoleBackend : public console::ConsoleBackend {
 public:
  std::map<std::string, std::string> settings{
      {"system.name", "printcam"}, {"upload.token", ""}, {"system.log_level", "info"}};
  std::vector<console::WifiNetwork> networks;
  console::WifiState wifi;
  std::string joined_ssid, joined_password;
  bool ap_active = true;
  int reboots = 0, factory_resets = 0;
  std::optional<console::ConsoleError> reset_error;

  static bool secret(const std::string& key) {
    return key.size() >= 5 &&
           (key.rfind("password") != std::string::npos || key.rfind("token") != std::string::npos);
  }
  std::optional<std::string> get_setting_json(const std::string& key) override {
    const auto it = settings.find(key);
    if (it == settings.end()) return std::nullopt;
    if (secret(key)) return std::string(it->second.empty() ? "{\"set\":false}" : "{\"set\":true}");
    std::string j;
    json::append_string(j, it->second);
    return j;
  }
  std::optional<console::ConsoleError> set_setting(const std::string& key,
                                                   const std::string& value) override {
    if (settings.count(key) == 0) return console::ConsoleError{"unknown_key", "no setting is called " + key};
    if (value.size() > 32) return console::ConsoleError{"too_long", key + " holds at most 32 bytes"};
    settings[key] = value;
    return std::nullopt;
  }
  std::string status_json() override { return "{\"uptime_s\":1}"; }
  std::vector<console::WifiNetwork> wifi_scan() override { return networks; }
  std::optional<console::ConsoleError> wifi_join(const std::string& ssid,
                                                 const std::string& password) override {
    if (ssid.empty() || ssid.size() > 32)
      return console::ConsoleError{"invalid_ssid", "an SSID is 1 to 32 bytes"};
    joined_ssid = ssid;
    joined_password = password;
    wifi = {console::WifiPhase::Joining, "", 80, ""};
    return std::nullopt;
  }
  void finish_join(bool ok) {
    wifi = ok ? console::WifiState{console::WifiPhase::Connected, "192.168.1.50", 80, ""}
              : console::WifiState{console::WifiPhase::Failed, "", 80, "wrong password"};
  }
  console::WifiState wifi_state() override { return wifi; }
  std::optional<console::ConsoleError> set_ap(bool on) override {
    ap_active = on;
    return std::nullopt;
  }
  console::ApInfo ap_info() override { return {ap_active, "printcam-a1b2c3", "k7m2x9q4r8t3"}; }
  console::DeviceInfo device_info() override { return {"printcam", "0.1.0", "ESP32", "printcam"}; }
  void reboot() override { ++reboots; }
  std::optional<console::ConsoleError> factory_reset() override {
    ++factory_resets;
    return reset_error;
  }
};

}  // namespace printcam::fakes
