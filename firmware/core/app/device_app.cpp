#include "core/app/device_app.hpp"

#include "core/web/static_asset.hpp"
#include "generated/ui_asset.hpp"

namespace printcam::app {
namespace {

constexpr web::StaticAsset kUi{generated::kUiIndexBytes, generated::kUiIndexSize,
                               generated::kUiIndexContentType, generated::kUiIndexEtag,
                               generated::kUiIndexGzip};

}  // namespace

DeviceApp::DeviceApp() {
  router_.add("GET", "/", http::Access::kPublic, [](ports::HttpRequest& req, ports::HttpResponse& res) {
    web::serve_static_asset(kUi, req, res);
  });
}

}  // namespace printcam::app
