#include "core/app/ota_binding.hpp"

#include <utility>

#include "core/ota/board_identity.hpp"
#include "core/ota/ota_routes.hpp"

namespace printcam::app {

ota::OtaManagerConfig ota_config_for(const generated::BoardInfo& board, std::string builtin_version,
                                     std::function<void()> reboot, std::function<bool()> healthy) {
  ota::OtaManagerConfig c;
  c.identity = ota::expectations_for(board);
  c.builtin_version = std::move(builtin_version);
  c.reboot = std::move(reboot);
  c.healthy = std::move(healthy);
  return c;
}

bool reachable(bool serving, const ports::WifiState& wifi) {
  return serving && (wifi.station == ports::StationStatus::kConnected || wifi.ap_active);
}

void serve_ota(DeviceApp& device, ota::OtaManager& manager, ota::OtaDownloader& downloader) {
  ota::register_ota_routes(device.router(), manager, downloader);
  device.status().status_sections().add("ota",
                                        [&manager](std::string& out) { out += manager.status_json(); });
  device.status().add_capability("ota");
  manager.add_listener(
      [&device, &manager](const ota::OtaStatus&) { device.events().publish("ota", manager.status_json()); });
}

}  // namespace printcam::app
