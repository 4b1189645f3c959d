#include "catch2_compat.hpp"
#include "core/auth/login_limiter.hpp"
#include "fakes/fake_device.hpp"

using printcam::auth::AdminAccess;
using printcam::auth::AuthSettings;
using printcam::auth::LoginLimiter;
using printcam::auth::SessionStore;
using printcam::fakes::FakeClock;
using printcam::fakes::FakeDevice;
using printcam::fakes::FakeRequest;
using printcam::fakes::FakeResponse;
using printcam::fakes::FakeSystem;
using printcam::http::Access;

namespace {
// "admin:secret" and "admin:wrong" in base64.
constexpr const char* kGoodBasic = "Basic YWRtaW46c2VjcmV0";
constexpr const char* kWrongBasic = "Basic YWRtaW46d3Jvbmc=";
}  // namespace

TEST_CASE("Without an admin password every route is open") {
  FakeDevice d;
  CHECK(d.call(FakeRequest("GET", "/api/status")).status == 200);
}

TEST_CASE("With a password an admin route answers 401 with a Basic challenge") {
  FakeDevice d("secret");
  const auto res = d.call(FakeRequest("GET", "/api/status"));
  CHECK(res.status == 401);
  CHECK(res.header("WWW-Authenticate") == "Basic realm=\"printcam\"");
  CHECK(res.body.find("auth_required") != std::string::npos);
}

TEST_CASE("The app's own requests get 401 without the challenge so no browser prompt appears") {
  FakeDevice d("secret");
  const auto res = d.call(FakeRequest("GET", "/api/status").with_header("X-Requested-With", "printcam"));
  CHECK(res.status == 401);
  CHECK(res.header("WWW-Authenticate").empty());
}

TEST_CASE("HTTP Basic with user admin and the right password is let through") {
  FakeDevice d("secret");
  CHECK(d.call(FakeRequest("GET", "/api/status").with_header("Authorization", kGoodBasic)).status == 200);
  // "root:secret": the right password under another user name is refused.
  CHECK(d.call(FakeRequest("GET", "/api/status").with_header("Authorization", "Basic cm9vdDpzZWNyZXQ="))
            .status == 401);
  CHECK(d.call(FakeRequest("GET", "/api/status").with_header("Authorization", "Basic !!")).status == 401);
}

TEST_CASE("Wrong Basic passwords lock the address out with 429 and Retry-After") {
  FakeDevice d("secret");
  for (unsigned i = 0; i <= LoginLimiter::kFreeFailures; ++i) {
    CHECK(d.call(FakeRequest("GET", "/api/info")
                     .with_header("Authorization", kWrongBasic)
                     .with_remote("10.0.0.9"))
              .status == 401);
  }
  const auto locked = d.call(
      FakeRequest("GET", "/api/info").with_header("Authorization", kGoodBasic).with_remote("10.0.0.9"));
  CHECK(locked.status == 429);
  CHECK(locked.header("Retry-After") == "1");
  // Other addresses are unaffected, and the lockout ends.
  CHECK(d.call(FakeRequest("GET", "/api/info").with_header("Authorization", kGoodBasic)).status == 200);
  d.clock.advance_ms(LoginLimiter::kFirstLockoutMs);
  CHECK(
      d.call(FakeRequest("GET", "/api/info").with_header("Authorization", kGoodBasic).with_remote("10.0.0.9"))
          .status == 200);
}

TEST_CASE("Viewer routes follow public viewing while admin routes stay closed") {
  FakeClock clock;
  FakeSystem system;
  SessionStore sessions(clock, system);
  LoginLimiter limiter(clock);
  bool public_viewing = false;
  const AdminAccess access(AuthSettings{[] { return true; }, [](std::string_view) { return false; },
                                        [&public_viewing] { return public_viewing; }},
                           sessions, limiter);
  FakeRequest req("GET", "/snapshot.jpg");
  FakeResponse res;
  CHECK_FALSE(access.admit(Access::kViewer, req, res));
  CHECK(res.status == 401);
  public_viewing = true;
  FakeResponse viewer, admin, pub;
  CHECK(access.admit(Access::kViewer, req, viewer));
  CHECK_FALSE(access.admit(Access::kAdmin, req, admin));
  CHECK(access.admit(Access::kPublic, req, pub));
  CHECK(viewer.sends == 0);
}

TEST_CASE("A Bearer token from the session store is let through until revoked") {
  FakeClock clock;
  FakeSystem system;
  SessionStore sessions(clock, system);
  LoginLimiter limiter(clock);
  const AdminAccess access(
      AuthSettings{[] { return true; }, [](std::string_view) { return false; }, [] { return false; }},
      sessions, limiter);
  const std::string token = sessions.create();
  FakeRequest req = FakeRequest("GET", "/api/info").with_header("Authorization", "Bearer " + token);
  FakeResponse ok, expired;
  CHECK(access.admit(Access::kAdmin, req, ok));
  sessions.revoke(token);
  CHECK_FALSE(access.admit(Access::kAdmin, req, expired));
  CHECK(expired.status == 401);
  CHECK(expired.body.find("session_expired") != std::string::npos);
}
