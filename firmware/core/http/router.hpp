#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/http/access.hpp"
#include "core/http/access_policy.hpp"
#include "core/http/cors.hpp"
#include "core/http/host_check.hpp"
#include "ports/http_server.hpp"

namespace printcam::http {

struct Route {
  std::string_view method;
  /// Exact path, or a prefix when it ends in '*'.
  std::string_view path;
  Access access;
  ports::HttpHandler handler;
};

/// Checks every request the same way before any handler sees it. Null members are skipped
/// (unit tests of one concern); the device fills all of them.
struct RouterGuards {
  const HostCheck* host = nullptr;
  const Cors* cors = nullptr;
};

/// Dispatches a request to the first matching route, in this order: the Host check (421), CORS
/// headers and preflights, the route lookup (404, 405), the access policy (401, 429), the
/// handler. HEAD is served by the GET route (the adapter drops the body). Errors are JSON.
class Router {
 public:
  explicit Router(const AccessPolicy& access, RouterGuards guards = {}) : access_(access), guards_(guards) {}

  void add(std::string_view method, std::string_view path, Access access, ports::HttpHandler handler);
  /// The matching route, or nullptr; `path_known` reports a path match under another method.
  const Route* find(std::string_view method, std::string_view path, bool* path_known = nullptr) const;
  /// The methods served on `path`, comma separated ("GET, HEAD, POST"), for preflights.
  std::string methods_for(std::string_view path) const;
  void handle(ports::HttpRequest& req, ports::HttpResponse& res) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  const AccessPolicy& access_;
  RouterGuards guards_;
  std::vector<Route> routes_;
};

}  // namespace printcam::http
