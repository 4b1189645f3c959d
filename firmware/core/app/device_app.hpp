#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/api/device_status.hpp"
#include "core/api/event_stream.hpp"
#include "core/auth/admin_access.hpp"
#include "core/auth/auth_settings.hpp"
#include "core/auth/login_limiter.hpp"
#include "core/auth/session_store.hpp"
#include "core/http/cors.hpp"
#include "core/http/host_check.hpp"
#include "core/http/router.hpp"
#include "core/log/log_buffer.hpp"
#include "ports/clock.hpp"
#include "ports/http_server.hpp"
#include "ports/network.hpp"
#include "ports/system.hpp"

namespace printcam::app {

/// The platform's ports, owned by main() and outliving the app.
struct DevicePorts {
  ports::Clock& clock;
  ports::System& system;
  ports::Network& network;
};

/// Values the settings service provides, as functions read on every use so a change applies at
/// once. Empty functions take the defaults named on each member.
struct DeviceConfig {
  /// Default: no admin password (everything open), public viewing off.
  auth::AuthSettings auth;
  /// Default: name "printcam", hostname from the MAC (net::default_hostname).
  api::DeviceIdentity identity;
  /// Origins besides the camera's own that may call the API (the PWA's). Default: none.
  std::function<std::vector<std::string>()> allowed_origins;
  /// True while the setup AP's captive portal must see every Host. Default: never.
  std::function<bool()> captive_portal_active;
};

/// The camera's behaviour, composed from the core services over the platform's ports. Each
/// platform's main() builds the ports, hands them here, and connects handle() to its HTTP server.
class DeviceApp {
 public:
  /// The log's RAM budget: a few hundred recent lines, small beside the ESP32's free heap.
  static constexpr std::size_t kLogCapacityBytes = 16 * 1024;

  DeviceApp(DevicePorts ports, DeviceConfig config = {});
  void handle(ports::HttpRequest& req, ports::HttpResponse& res) const { router_.handle(req, res); }
  const http::Router& router() const { return router_; }

  log::LogBuffer& logs() { return logs_; }
  /// Settings must call sessions().revoke_all() when the admin password changes.
  auth::SessionStore& sessions() { return sessions_; }
  /// Where services register their status and info sections and capabilities.
  api::DeviceStatus& status() { return status_; }
  /// Where services publish their SSE events.
  api::EventStream& events() { return events_; }
  /// Ends long-lived answers (event streams) so the HTTP server can stop.
  void shutdown() { events_.close_all(); }

 private:
  log::LogBuffer logs_;
  auth::SessionStore sessions_;
  auth::LoginLimiter limiter_;
  auth::AdminAccess access_;
  api::DeviceStatus status_;
  http::HostCheck host_check_;
  http::Cors cors_;
  http::Router router_;
  api::EventStream events_;
};

}  // namespace printcam::app
