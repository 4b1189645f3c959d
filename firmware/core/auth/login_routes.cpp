#include "core/auth/login_routes.hpp"

#include <string>

#include "core/auth/authorization_header.hpp"
#include "core/http/errors.hpp"
#include "core/http/read_body.hpp"
#include "core/json/json_escape.hpp"
#include "core/json/json_member.hpp"

namespace printcam::auth {
namespace {

void login(const AdminAccess& access, SessionStore& sessions, LoginLimiter& limiter, ports::HttpRequest& req,
           ports::HttpResponse& res) {
  const std::string_view address = req.remote_address();
  if (const std::uint64_t wait = limiter.wait_ms(address); wait > 0) {
    send_locked_out(res, wait);
    return;
  }
  std::string body;
  if (!http::read_small_body(req, res, kMaxLoginBody, body)) return;
  std::string error;
  const auto password = json::string_member(body, "password", error);
  if (!password) {
    http::send_error(res, 400, "invalid_body", error.empty() ? "Send {\"password\": \"...\"}." : error,
                     "password");
    return;
  }
  if (!access.settings().has_password()) {
    http::send_error(res, 409, "no_password",
                     "No admin password is set, so the camera is open; set one first.");
    return;
  }
  if (!access.settings().check_password(*password)) {
    limiter.record_failure(address);
    http::send_error(res, 401, "wrong_password", "Wrong password.", "password");
    return;
  }
  limiter.record_success(address);
  std::string out = "{\"token\":";
  json::append_string(out, sessions.create());
  out += ",\"expires_s\":" + std::to_string(SessionStore::kLifetimeMs / 1000) + "}";
  res.add_header("Content-Type", "application/json");
  res.add_header("Cache-Control", "no-store");
  res.send(out);
}

void logout(SessionStore& sessions, ports::HttpRequest& req, ports::HttpResponse& res) {
  if (const auto header = req.header("Authorization")) {
    const Credentials c = parse_authorization(*header);
    if (c.scheme == Credentials::Scheme::kBearer) sessions.revoke(c.token);
  }
  res.set_status(204);
  res.send(std::string_view());
}

}  // namespace

void add_login_routes(http::Router& router, const AdminAccess& access, SessionStore& sessions,
                      LoginLimiter& limiter) {
  router.add("POST", "/api/login", http::Access::kPublic,
             [&access, &sessions, &limiter](ports::HttpRequest& req, ports::HttpResponse& res) {
               login(access, sessions, limiter, req, res);
             });
  router.add("POST", "/api/logout", http::Access::kAdmin,
             [&sessions](ports::HttpRequest& req, ports::HttpResponse& res) { logout(sessions, req, res); });
}

}  // namespace printcam::auth
