#include "catch2_compat.hpp"
#include "core/auth/login_limiter.hpp"
#include "core/auth/session_store.hpp"
#include "fakes/fake_device.hpp"

using printcam::auth::LoginLimiter;
using printcam::auth::SessionStore;
using printcam::fakes::FakeDevice;
using printcam::fakes::FakeRequest;

namespace {
std::string token_of(const std::string& body) {
  const auto start = body.find("\"token\":\"");
  REQUIRE(start != std::string::npos);
  return body.substr(start + 9, 64);
}
}  // namespace

TEST_CASE("Logging in with the password returns a Bearer token that opens admin routes") {
  FakeDevice d("secret");
  const auto res = d.call(FakeRequest("POST", "/api/login", R"({"password":"secret"})"));
  CHECK(res.status == 200);
  CHECK(res.header("Cache-Control") == "no-store");
  CHECK(res.body.find("\"expires_s\":" + std::to_string(SessionStore::kLifetimeMs / 1000)) !=
        std::string::npos);
  const std::string token = token_of(res.body);
  CHECK(d.call(FakeRequest("GET", "/api/status").with_header("Authorization", "Bearer " + token)).status ==
        200);
}

TEST_CASE("Logging out ends the session it was called with") {
  FakeDevice d("secret");
  const std::string token =
      token_of(d.call(FakeRequest("POST", "/api/login", R"({"password":"secret"})")).body);
  const auto out = d.call(FakeRequest("POST", "/api/logout").with_header("Authorization", "Bearer " + token));
  CHECK(out.status == 204);
  CHECK(d.call(FakeRequest("GET", "/api/status").with_header("Authorization", "Bearer " + token)).status ==
        401);
}

TEST_CASE("A wrong password is 401 without a browser challenge and repeated ones are 429") {
  FakeDevice d("secret");
  for (unsigned i = 0; i <= LoginLimiter::kFreeFailures; ++i) {
    const auto res = d.call(FakeRequest("POST", "/api/login", R"({"password":"guess"})"));
    CHECK(res.status == 401);
    CHECK(res.header("WWW-Authenticate").empty());
  }
  const auto locked = d.call(FakeRequest("POST", "/api/login", R"({"password":"secret"})"));
  CHECK(locked.status == 429);
  CHECK(locked.header("Retry-After") == "1");
  d.clock.advance_ms(LoginLimiter::kFirstLockoutMs);
  CHECK(d.call(FakeRequest("POST", "/api/login", R"({"password":"secret"})")).status == 200);
}

TEST_CASE("Login refuses a malformed or oversized body and answers 409 when no password is set") {
  FakeDevice d("secret");
  const auto bad = d.call(FakeRequest("POST", "/api/login", R"({"password":12})"));
  CHECK(bad.status == 400);
  CHECK(bad.body.find("\"field\":\"password\"") != std::string::npos);
  CHECK(d.call(FakeRequest("POST", "/api/login", "{}")).status == 400);
  CHECK(d.call(FakeRequest("POST", "/api/login", std::string(5000, ' '))).status == 413);
  FakeDevice open;
  CHECK(open.call(FakeRequest("POST", "/api/login", R"({"password":"x"})")).status == 409);
}
