#pragma once
// The serial console over the camera's real services: settings through the SettingsStore and its
// schema (as the HTTP API), status as GET /api/status, Wi-Fi joins through WifiJoin, the setup AP
// through its lifecycle, reboot and factory reset through ports::System. The console calls it
// from its own task while HTTP handlers run on others: every service used here is thread-safe.

#include <atomic>
#include <cstdint>

#include "core/api/device_status.hpp"
#include "core/app/wifi_join.hpp"
#include "core/console/console_backend.hpp"
#include "core/log/log_buffer.hpp"
#include "core/network/setup_network.hpp"
#include "core/settings/settings_store.hpp"
#include "ports/network.hpp"
#include "ports/system.hpp"

namespace printcam::app {

struct ConsoleServices {
  settings::SettingsStore& settings;
  ports::Network& network;
  network::StationLink& station;
  ports::System& system;
  const api::DeviceStatus& status;
  log::LogBuffer& logs;
  /// Both null on a camera without a setup AP: `ap` then says so.
  network::SetupNetwork* setup = nullptr;
  const network::SetupNetworkPorts* setup_ports = nullptr;
};

class DeviceConsoleBackend final : public console::ConsoleBackend {
 public:
  explicit DeviceConsoleBackend(const ConsoleServices& services)
      : s_(services), join_(services.network, services.station, services.settings, services.logs) {}

  /// Where the web UI listens, for the URL handed out after a join; 80 until told.
  void set_http_port(std::uint16_t port) { http_port_ = port; }

  std::optional<std::string> get_setting_json(const std::string& key) override;
  std::optional<console::ConsoleError> set_setting(const std::string& key, const std::string& value) override;
  std::string status_json() override { return s_.status.status_json(); }
  std::vector<console::WifiNetwork> wifi_scan() override;
  std::optional<console::ConsoleError> wifi_join(const std::string& ssid,
                                                 const std::string& password) override {
    return join_.start(ssid, password);
  }
  console::WifiState wifi_state() override { return join_.state(http_port_.load()); }
  std::optional<console::ConsoleError> set_ap(bool on) override;
  console::ApInfo ap_info() override;
  console::DeviceInfo device_info() override;
  void reboot() override;
  std::optional<console::ConsoleError> factory_reset() override;

 private:
  ConsoleServices s_;
  WifiJoin join_;
  std::atomic<std::uint16_t> http_port_{80};
};

}  // namespace printcam::app
