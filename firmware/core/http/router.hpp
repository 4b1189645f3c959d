#pragma once

#include <string_view>
#include <vector>

#include "ports/http_server.hpp"

namespace printcam::http {

/// Who may call a route once a password is set. Every route declares it, so adding one cannot
/// forget authentication (a test walks the table).
enum class Access {
  kPublic,  ///< The UI shell and login: needed before anyone can log in.
  kViewer,  ///< Stream and snapshots: public when "public viewing" is on, else like kAdmin.
  kAdmin,   ///< Everything else.
};

struct Route {
  std::string_view method;
  /// Exact path, or a prefix when it ends in '*'.
  std::string_view path;
  Access access;
  ports::HttpHandler handler;
};

/// Dispatches a request to the first matching route. HEAD is served by the GET route (the adapter
/// drops the body). Unknown paths get 404 and known paths with another method 405, both as JSON.
class Router {
 public:
  void add(std::string_view method, std::string_view path, Access access, ports::HttpHandler handler);
  /// The matching route, or nullptr; `path_known` reports a path match under another method.
  const Route* find(std::string_view method, std::string_view path, bool* path_known = nullptr) const;
  void handle(ports::HttpRequest& req, ports::HttpResponse& res) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace printcam::http
