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

std::string Router::methods_for(std::string_view path) const {
  std::string out;
  for (const Route& r : routes_) {
    if (!path_matches(r.path, path) || out.find(r.method) != std::string::npos) continue;
    if (!out.empty()) out += ", ";
    out += r.method;
    if (r.method == "GET") out += ", HEAD";
  }
  return out;
}

void Router::handle(ports::HttpRequest& req, ports::HttpResponse& res) const {
  if (guards_.host && !guards_.host->allowed(req.header("Host"))) {
    // 421 Misdirected Request: "this server is not the one for that name" (RFC 9110 §15.5.20).
    send_error(res, 421, "wrong_host",
               "This camera answers only to its own address or name; open it by its IP address or "
               "hostname.local.");
    return;
  }
  bool path_known = false;
  const Route* route = find(req.method(), req.path(), &path_known);
  if (guards_.cors) {
    if (req.method() == "OPTIONS" && req.header("Access-Control-Request-Method") && (route || path_known)) {
      guards_.cors->answer_preflight(req, res, methods_for(req.path()));
      return;
    }
    guards_.cors->add_headers(req, res);
  }
  if (route == nullptr) {
    std::string what = std::string(req.method()) + " " + std::string(req.path());
    if (path_known) {
      send_error(res, 405, "method_not_allowed", what + " is not supported on this path.");
    } else {
      send_error(res, 404, "not_found", "No such page or API: " + what + ".");
    }
    return;
  }
  if (!access_.admit(route->access, req, res)) return;
  route->handler(req, res);
}

}  // namespace printcam::http
