#include "core/connect/schedule.hpp"

#include "catch2_compat.hpp"

using printcam::connect::kMaxBackoffMs;
using printcam::connect::kMinSpacingMs;
using printcam::connect::Schedule;

TEST_CASE("The first snapshot is due at once, then one interval after each success") {
  Schedule s;
  CHECK(s.next_due_ms(30) == 0);
  s.on_attempt(5'000);
  s.on_result(true, 0);
  CHECK(s.next_due_ms(30) == 35'000);
  CHECK(s.next_due_ms(60) == 65'000);  // a new interval applies from the last attempt
}

TEST_CASE("Intervals outside 10 to 240 s are clamped, so snapshots are never closer than 10 s") {
  Schedule s;
  s.on_attempt(0);
  s.on_result(true, 0);
  CHECK(s.next_due_ms(1) == kMinSpacingMs);
  CHECK(s.next_due_ms(-5) == kMinSpacingMs);
  CHECK(s.next_due_ms(100'000) == 240'000);
}

TEST_CASE("Upload now skips the interval but not the 10 s floor") {
  Schedule s;
  s.on_attempt(100'000);
  s.on_result(true, 0);
  s.request_now();
  CHECK(s.next_due_ms(240) == 100'000 + kMinSpacingMs);
  CHECK(kMinSpacingMs >= 10'000);
  s.on_attempt(110'200);
  CHECK_FALSE(s.manual_pending());
  s.on_result(true, 0);
  CHECK(s.next_due_ms(240) == 350'200);
}

TEST_CASE("Backoff doubles per failure within 25% jitter and stops growing at the cap") {
  for (std::uint32_t random : {0u, 1u, 12345u, 0xffffffffu}) {
    for (int failures = 1; failures <= 20; ++failures) {
      const std::uint64_t base =
          std::min<std::uint64_t>(10'000ull << std::min(failures - 1, 16), kMaxBackoffMs);
      const std::uint64_t wait = Schedule::backoff_ms(10, failures, random);
      INFO("failures " << failures << " random " << random);
      CHECK(wait >= base);
      CHECK(wait <= base + base / 4);
    }
  }
  // With the longest interval the cap is the interval's own doubling limit, never below it.
  CHECK(Schedule::backoff_ms(240, 1, 0) == 240'000);
  CHECK(Schedule::backoff_ms(240, 5, 0) == kMaxBackoffMs);
}

TEST_CASE("Failures push the next snapshot out and a success resets the backoff") {
  Schedule s;
  s.on_attempt(0);
  s.on_result(false, 0);
  CHECK(s.consecutive_failures() == 1);
  CHECK(s.next_due_ms(30) == 30'000);
  s.on_attempt(30'000);
  s.on_result(false, 0);
  CHECK(s.next_due_ms(30) == 90'000);
  s.on_attempt(90'000);
  s.on_result(true, 0);
  CHECK(s.consecutive_failures() == 0);
  CHECK(s.next_due_ms(30) == 120'000);
}
