#include "core/app/device_app.hpp"

#include <utility>

#include "core/media/media_routes.hpp"
#include "core/settings/settings_routes.hpp"
#include "core/web/static_asset.hpp"
#include "generated/ui_asset.hpp"

namespace printcam::app {
namespace {

constexpr web::StaticAsset kUi{generated::kUiIndexBytes, generated::kUiIndexSize,
                               generated::kUiIndexContentType, generated::kUiIndexEtag,
                               generated::kUiIndexGzip};

}  // namespace

DeviceApp::DeviceApp(const DevicePorts& ports)
    : ports_(ports), settings_(ports.kv, ports.random), media_(ports.camera, ports.led, ports.clock) {
  settings_.load();
  router_.add("GET", "/", http::Access::kPublic, [](ports::HttpRequest& req, ports::HttpResponse& res) {
    web::serve_static_asset(kUi, req, res);
  });
  settings::register_settings_routes(router_, settings_);
  // Until the settings service feeds camera.frame_size and camera.quality, the driver's defaults.
  camera_started_ = media_.start_camera(ports::CameraConfig{});
  media::register_media_routes(router_, media_);
}

}  // namespace printcam::app
