#include "core/app/device_app.hpp"

#include <utility>

#include "core/settings/settings_routes.hpp"
#include "core/web/static_asset.hpp"
#include "generated/ui_asset.hpp"

namespace printcam::app {
namespace {

constexpr web::StaticAsset kUi{generated::kUiIndexBytes, generated::kUiIndexSize,
                               generated::kUiIndexContentType, generated::kUiIndexEtag,
                               generated::kUiIndexGzip};

}  // namespace

DeviceApp::DeviceApp(ports::KvStore& kv, crypto::RandomFill random) : settings_(kv, std::move(random)) {
  settings_.load();
  router_.add("GET", "/", http::Access::kPublic, [](ports::HttpRequest& req, ports::HttpResponse& res) {
    web::serve_static_asset(kUi, req, res);
  });
  settings::register_settings_routes(router_, settings_);
}

}  // namespace printcam::app
