#include "catch2_compat.hpp"
#include "core/auth/login_limiter.hpp"
#include "core/auth/session_store.hpp"
#include "fakes/fake_clock.hpp"
#include "fakes/fake_system.hpp"

using printcam::auth::LoginLimiter;
using printcam::auth::SessionStore;
using printcam::fakes::FakeClock;
using printcam::fakes::FakeSystem;

TEST_CASE("A session token is 64 hex digits, valid until it expires or is revoked") {
  FakeClock clock;
  FakeSystem system;
  SessionStore sessions(clock, system);
  const std::string a = sessions.create();
  const std::string b = sessions.create();
  CHECK(a.size() == 64);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a != b);
  CHECK(sessions.valid(a));
  CHECK_FALSE(sessions.valid(a.substr(0, 63)));
  CHECK(sessions.revoke(a));
  CHECK_FALSE(sessions.valid(a));
  CHECK(sessions.valid(b));
  clock.advance_ms(SessionStore::kLifetimeMs);
  CHECK_FALSE(sessions.valid(b));
  CHECK(sessions.size() == 0);
}

TEST_CASE("Sessions beyond the limit push out the oldest, and revoke_all ends every one") {
  FakeClock clock;
  FakeSystem system;
  SessionStore sessions(clock, system);
  const std::string first = sessions.create();
  for (std::size_t i = 1; i < SessionStore::kMaxSessions; ++i) {
    clock.advance_ms(1);
    sessions.create();
  }
  CHECK(sessions.valid(first));
  const std::string newest = sessions.create();
  CHECK_FALSE(sessions.valid(first));
  CHECK(sessions.valid(newest));
  CHECK(sessions.size() == SessionStore::kMaxSessions);
  sessions.revoke_all();
  CHECK_FALSE(sessions.valid(newest));
}

TEST_CASE("The login limiter forgives a few failures, then locks out for doubling times") {
  FakeClock clock;
  LoginLimiter limiter(clock);
  for (unsigned i = 0; i < LoginLimiter::kFreeFailures; ++i) {
    CHECK(limiter.wait_ms("10.0.0.2") == 0);
    limiter.record_failure("10.0.0.2");
  }
  CHECK(limiter.wait_ms("10.0.0.2") == 0);
  limiter.record_failure("10.0.0.2");
  CHECK(limiter.wait_ms("10.0.0.2") == LoginLimiter::kFirstLockoutMs);
  CHECK(limiter.wait_ms("10.0.0.3") == 0);  // Another address is not affected.
  clock.advance_ms(LoginLimiter::kFirstLockoutMs);
  limiter.record_failure("10.0.0.2");
  CHECK(limiter.wait_ms("10.0.0.2") == 2 * LoginLimiter::kFirstLockoutMs);
  for (int i = 0; i < 30; ++i) limiter.record_failure("10.0.0.2");
  CHECK(limiter.wait_ms("10.0.0.2") == LoginLimiter::kMaxLockoutMs);
  limiter.record_success("10.0.0.2");
  CHECK(limiter.wait_ms("10.0.0.2") == 0);
}

TEST_CASE("The login limiter tracks a bounded number of addresses") {
  FakeClock clock;
  LoginLimiter limiter(clock);
  for (unsigned i = 0; i <= LoginLimiter::kFreeFailures; ++i) limiter.record_failure("victim");
  CHECK(limiter.wait_ms("victim") > 0);
  for (std::size_t n = 0; n < LoginLimiter::kMaxTracked; ++n) {
    clock.advance_ms(1);
    limiter.record_failure("flood-" + std::to_string(n));
  }
  // The quietest record made room; the table never grows past its bound.
  CHECK(limiter.wait_ms("victim") == 0);
}
