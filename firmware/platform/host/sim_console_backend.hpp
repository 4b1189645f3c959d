#pragma once
// A stand-in for the camera's settings store and network, for the simulated camera's serial
// console until those services are merged: settings in memory (lost on exit), a fixed list of
// networks in range, and a Wi-Fi join that succeeds only for the one SSID and password given by
// `--wifi-ssid` / `--wifi-password`. To be replaced by the real SettingsStore and Network at integration.

#include <cstdint>
#include <map>
#include <string>

#include "core/console/console_backend.hpp"
#include "ports/clock.hpp"

namespace printcam::host {

struct SimWifi {
  std::string ssid;
  std::string password;
};

class SimConsoleBackend final : public console::ConsoleBackend {
 public:
  /// `http_port` is where the camera's UI listens, for the URL handed out after a join.
  SimConsoleBackend(const ports::Clock& clock, SimWifi network, std::uint16_t http_port);

  std::optional<std::string> get_setting_json(const std::string& key) override;
  std::optional<console::ConsoleError> set_setting(const std::string& key, const std::string& value) override;
  std::string status_json() override;
  std::vector<console::WifiNetwork> wifi_scan() override;
  std::optional<console::ConsoleError> wifi_join(const std::string& ssid,
                                                 const std::string& password) override;
  console::WifiState wifi_state() override;
  std::optional<console::ConsoleError> set_ap(bool on) override;
  console::ApInfo ap_info() override;
  console::DeviceInfo device_info() override;
  void reboot() override;
  void factory_reset() override;

 private:
  struct Setting {
    std::string value;
    std::size_t min_length;
    std::size_t max_length;
    bool secret;
  };
  void load_defaults();

  const ports::Clock& clock_;
  SimWifi network_;
  std::uint16_t http_port_;
  std::map<std::string, Setting> settings_;
  bool joining_ = false;
  bool connected_ = false;
  std::string join_ssid_, join_password_, failure_;
  std::uint64_t join_started_ms_ = 0;
  bool ap_active_ = true;
};

}  // namespace printcam::host
