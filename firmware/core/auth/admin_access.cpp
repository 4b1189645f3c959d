#include "core/auth/admin_access.hpp"

#include <string>

#include "core/auth/authorization_header.hpp"
#include "core/auth/constant_time.hpp"
#include "core/http/errors.hpp"

namespace printcam::auth {
namespace {

void send_unauthorized(const ports::HttpRequest& req, ports::HttpResponse& res, std::string_view code,
                       std::string_view message) {
  if (!is_app_request(req)) res.add_header("WWW-Authenticate", kWwwAuthenticate);
  http::send_error(res, 401, code, message);
}

}  // namespace

bool is_app_request(const ports::HttpRequest& req) {
  return req.header("X-Requested-With") == std::optional<std::string_view>("printcam");
}

void send_locked_out(ports::HttpResponse& res, std::uint64_t wait_ms) {
  res.add_header("Retry-After", std::to_string((wait_ms + 999) / 1000));
  http::send_error(res, 429, "too_many_attempts",
                   "Too many wrong passwords from this address; wait and try again.");
}

bool AdminAccess::admit(http::Access access, ports::HttpRequest& req, ports::HttpResponse& res) const {
  if (access == http::Access::kPublic || !settings_.has_password()) return true;
  if (access == http::Access::kViewer && settings_.public_viewing && settings_.public_viewing()) return true;

  const auto header = req.header("Authorization");
  const Credentials c = header ? parse_authorization(*header) : Credentials{};
  switch (c.scheme) {
    case Credentials::Scheme::kBearer:
      if (sessions_.valid(c.token)) return true;
      send_unauthorized(req, res, "session_expired", "This login has expired or ended; log in again.");
      return false;
    case Credentials::Scheme::kBasic: {
      const std::string_view address = req.remote_address();
      if (const std::uint64_t wait = limiter_.wait_ms(address); wait > 0) {
        send_locked_out(res, wait);
        return false;
      }
      // Both checks always run, so the time taken does not tell which one failed.
      const bool user_ok = constant_time_equals(kAdminUser, c.user);
      const bool password_ok = settings_.check_password(c.password);
      if (user_ok && password_ok) {
        limiter_.record_success(address);
        return true;
      }
      limiter_.record_failure(address);
      send_unauthorized(req, res, "wrong_password", "Wrong user name or password (the user name is admin).");
      return false;
    }
    case Credentials::Scheme::kInvalid:
      send_unauthorized(req, res, "bad_credentials", "The Authorization header is malformed.");
      return false;
    case Credentials::Scheme::kNone:
      break;
  }
  send_unauthorized(req, res, "auth_required", "This camera has an admin password; log in first.");
  return false;
}

}  // namespace printcam::auth
