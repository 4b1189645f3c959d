#include "core/app/device_app.hpp"

#include "core/api/system_routes.hpp"
#include "core/auth/login_routes.hpp"
#include "core/net/hostname.hpp"
#include "core/web/static_asset.hpp"
#include "generated/ui_asset.hpp"

namespace printcam::app {
namespace {

constexpr web::StaticAsset kUi{generated::kUiIndexBytes, generated::kUiIndexSize,
                               generated::kUiIndexContentType, generated::kUiIndexEtag,
                               generated::kUiIndexGzip};

auth::AuthSettings with_defaults(auth::AuthSettings s) {
  if (!s.has_password) s.has_password = [] { return false; };
  if (!s.check_password) s.check_password = [](std::string_view) { return false; };
  if (!s.public_viewing) s.public_viewing = [] { return false; };
  return s;
}

api::DeviceIdentity with_defaults(api::DeviceIdentity id, ports::System& system) {
  if (!id.hostname) {
    std::uint8_t mac[6];
    system.mac(mac);
    id.hostname = [name = net::default_hostname(mac)] { return name; };
  }
  if (!id.name) id.name = [] { return std::string("printcam"); };
  return id;
}

}  // namespace

DeviceApp::DeviceApp(DevicePorts ports, DeviceConfig config)
    : logs_(ports.clock, kLogCapacityBytes),
      sessions_(ports.clock, ports.system),
      limiter_(ports.clock),
      access_(with_defaults(std::move(config.auth)), sessions_, limiter_),
      status_(ports.clock, ports.system, ports.network,
              with_defaults(std::move(config.identity), ports.system)),
      host_check_(
          http::HostCheck::Config{status_.identity().hostname, std::move(config.captive_portal_active)}),
      cors_(std::move(config.allowed_origins)),
      router_(access_, http::RouterGuards{&host_check_, &cors_}),
      events_(ports.clock, logs_, [this] { return status_.status_json(); }) {
  router_.add("GET", "/", http::Access::kPublic, [](ports::HttpRequest& req, ports::HttpResponse& res) {
    web::serve_static_asset(kUi, req, res);
  });
  auth::add_login_routes(router_, access_, sessions_, limiter_);
  api::add_system_routes(router_, status_, ports.system, ports.network, logs_);
  router_.add("GET", "/api/events", http::Access::kAdmin,
              [this](ports::HttpRequest& req, ports::HttpResponse& res) { events_.serve(req, res); });
  status_.add_capability("logs");
  status_.add_capability("events");
  status_.add_capability("wifi_scan");
  const ports::FirmwareVersion fw = ports.system.firmware();
  logs_.log(log::Level::kInfo, "printcam %s (%s) started; reset reason: %s", fw.version.c_str(),
            fw.build.c_str(), ports.system.reset_reason().c_str());
}

}  // namespace printcam::app
