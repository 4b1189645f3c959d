#pragma once

#include "core/auth/auth_settings.hpp"
#include "core/auth/login_limiter.hpp"
#include "core/auth/session_store.hpp"
#include "core/http/access_policy.hpp"

namespace printcam::auth {

/// The user name HTTP Basic must carry (Home Assistant, ffmpeg, curl -u admin:...).
inline constexpr std::string_view kAdminUser = "admin";
/// The realm browsers show in their login prompt.
inline constexpr std::string_view kWwwAuthenticate = "Basic realm=\"printcam\"";

/// The camera's access rules (API.md "Access"): with no admin password every route is open;
/// with one, admin routes need HTTP Basic (user `admin`) or a Bearer token from POST /api/login,
/// and viewer routes need the same unless public viewing is on.
///
/// A 401 carries `WWW-Authenticate: Basic realm="printcam"` so programs (and a browser opening a
/// URL directly) know to send a password, except when the request carries
/// `X-Requested-With: printcam`: the device UI and the PWA send that header because the header
/// would make the browser pop up its own login dialog over theirs.
///
/// Wrong Basic passwords count against the same per-address limit as POST /api/login.
class AdminAccess final : public http::AccessPolicy {
 public:
  AdminAccess(AuthSettings settings, SessionStore& sessions, LoginLimiter& limiter)
      : settings_(std::move(settings)), sessions_(sessions), limiter_(limiter) {}

  bool admit(http::Access access, ports::HttpRequest& req, ports::HttpResponse& res) const override;
  const AuthSettings& settings() const { return settings_; }

 private:
  AuthSettings settings_;
  SessionStore& sessions_;
  LoginLimiter& limiter_;
};

/// True when the request asked for a 401 without the browser's login prompt.
bool is_app_request(const ports::HttpRequest& req);
/// Answers 429 with Retry-After (whole seconds, rounded up) for a locked-out address.
void send_locked_out(ports::HttpResponse& res, std::uint64_t wait_ms);

}  // namespace printcam::auth
