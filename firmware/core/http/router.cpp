#include "core/http/router.hpp"

#include <string>
#include <utility>

#include "core/http/errors.hpp"

namespace printcam::http {
namespace {

bool path_matches(std::string_view pattern, std::string_view path) {
  if (!pattern.empty() && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return path.substr(0, pattern.size()) == pattern;
  }
  return pattern == path;
}

}  // namespace

void Router::add(std::string_view method, std::string_view path, Access access, ports::HttpHandler handler) {
  routes_.push_back(Route{method, path, access, std::move(handler)});
}

const Route* Router::find(std::string_view method, std::string_view path, bool* path_known) const {
  if (method == "HEAD") method = "GET";
  if (path_known) *path_known = false;
  for (const Route& r : routes_) {
    if (!path_matches(r.path, path)) continue;
    if (r.method == method) return &r;
    if (path_known) *path_known = true;
  }
  return nullptr;
}

void Router::handle(ports::HttpRequest& req, ports::HttpResponse& res) const {
  bool path_known = false;
  if (const Route* r = find(req.method(), req.path(), &path_known)) {
    r->handler(req, res);
    return;
  }
  std::string what = std::string(req.method()) + " " + std::string(req.path());
  if (path_known) {
    send_error(res, 405, "method_not_allowed", what + " is not supported on this path.");
  } else {
    send_error(res, 404, "not_found", "No such page or API: " + what + ".");
  }
}

}  // namespace printcam::http
