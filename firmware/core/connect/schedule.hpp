#pragma once
// When the next snapshot goes out. Pure: the uploader feeds it attempts and results and asks for the
// next due time, so every rule is tested with plain numbers.
//
// Rules: the configured interval after a success; after n failures in a row, the interval doubled
// n-1 times, capped, plus up to 25% random jitter so a fleet does not retry in step after a Connect
// outage; "upload now" skips the wait; and never two snapshot PUTs less than 10 s apart, which is
// Connect's practical floor (reference/printer-integrations.md §1.2).

#include <cstdint>

namespace printcam::connect {

/// Connect's 10 s plus a margin: the floor is counted where the snapshots arrive, and two sent
/// exactly 10 s apart can arrive a few milliseconds closer when the first took longer on the wire.
constexpr std::uint64_t kMinSpacingMs = 10'200;
/// The Prusa firmware's REFRESH_INTERVAL_MIN/MAX; settings enforce it, the schedule clamps too.
constexpr int kMinIntervalS = 10;
constexpr int kMaxIntervalS = 240;
/// Longest wait after failures (before jitter), unless the interval itself is longer: a camera
/// whose printer was off for an hour should be back within minutes once it is on.
constexpr std::uint64_t kMaxBackoffMs = 300'000;

class Schedule {
 public:
  /// The wait after `failures` (≥ 1) failures in a row, with `random` choosing the jitter.
  static std::uint64_t backoff_ms(int interval_s, int failures, std::uint32_t random);
  static int clamp_interval(int interval_s);

  /// Monotonic ms at which the next snapshot is due; 0 before the first attempt.
  std::uint64_t next_due_ms(int interval_s) const;
  void request_now() { manual_ = true; }
  bool manual_pending() const { return manual_; }
  void on_attempt(std::uint64_t now_ms);
  void on_result(bool ok, std::uint32_t random);
  int consecutive_failures() const { return failures_; }

 private:
  bool attempted_ = false;
  bool manual_ = false;
  std::uint64_t last_attempt_ms_ = 0;
  int failures_ = 0;
  std::uint32_t jitter_random_ = 0;
};

}  // namespace printcam::connect
