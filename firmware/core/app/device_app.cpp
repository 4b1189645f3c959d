#include "core/app/device_app.hpp"

#include <utility>

#include "core/media/media_routes.hpp"
#include "core/peers/peer_service.hpp"
#include "core/settings/settings_routes.hpp"
#include "core/web/static_asset.hpp"
#include "generated/ui_asset.hpp"

namespace printcam::app {
namespace {

constexpr web::StaticAsset kUi{generated::kUiIndexBytes, generated::kUiIndexSize,
                               generated::kUiIndexContentType, generated::kUiIndexEtag,
                               generated::kUiIndexGzip};

}  // namespace

DeviceApp::DeviceApp(const DevicePorts& ports, const NetworkPorts& network)
    : ports_(ports),
      settings_(ports.kv, ports.random),
      media_(ports.camera, ports.led, ports.clock),
      firmware_version_(network.firmware_version),
      peers_(network.discovery, ports.clock) {
  settings_.load();
  router_.add("GET", "/", http::Access::kPublic, [](ports::HttpRequest& req, ports::HttpResponse& res) {
    web::serve_static_asset(kUi, req, res);
  });
  settings::register_settings_routes(router_, settings_);
  // Until the settings service feeds camera.frame_size and camera.quality, the driver's defaults.
  camera_started_ = media_.start_camera(ports::CameraConfig{});
  media::register_media_routes(router_, media_);
  if (network.setup) {
    setup_network_ = std::make_unique<network::SetupNetwork>(
        *network.setup, ports.clock, [this] { return settings_.get_bool("network.setup_ap"); },
        [this] { return settings_.get_string("network.hostname"); });
    setup_network_->start(router_);
  }
  peers::register_peer_routes(router_, peers_);
}

bool DeviceApp::start_discovery(std::uint16_t http_port) {
  const std::string hostname = settings_.get_string("network.hostname");
  return peers_.start(hostname, http_port, settings_.get_string("system.name"), firmware_version_);
}

void DeviceApp::handle(ports::HttpRequest& req, ports::HttpResponse& res) const {
  // Before the routes: on the setup AP, a request for any other site is the captive portal's.
  if (setup_network_ && setup_network_->portal().intercepts(req)) {
    setup_network_->portal().redirect(res);
    return;
  }
  router_.handle(req, res);
}

}  // namespace printcam::app
