#pragma once

#include "core/auth/admin_access.hpp"
#include "core/http/router.hpp"

namespace printcam::auth {

/// A login body is one short JSON object; anything larger is refused unread.
inline constexpr std::size_t kMaxLoginBody = 1024;

/// POST /api/login {password} → 200 {token, expires_s}, 401 wrong password, 409 when no password
/// is set (nothing to log in to), 429 with Retry-After while the address is locked out.
/// POST /api/logout → 204, ending the Bearer session it was called with.
void add_login_routes(http::Router& router, const AdminAccess& access, SessionStore& sessions,
                      LoginLimiter& limiter);

}  // namespace printcam::auth
