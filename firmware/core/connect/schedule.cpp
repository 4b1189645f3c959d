#include "core/connect/schedule.hpp"

#include <algorithm>

namespace printcam::connect {

int Schedule::clamp_interval(int interval_s) {
  return std::clamp(interval_s, kMinIntervalS, kMaxIntervalS);
}

std::uint64_t Schedule::backoff_ms(int interval_s, int failures, std::uint32_t random) {
  const std::uint64_t interval_ms = static_cast<std::uint64_t>(clamp_interval(interval_s)) * 1000;
  const std::uint64_t cap = std::max(kMaxBackoffMs, interval_ms);
  const int doublings = std::clamp(failures - 1, 0, 16);
  const std::uint64_t base = std::min(interval_ms << doublings, cap);
  return base + random % (base / 4 + 1);
}

std::uint64_t Schedule::next_due_ms(int interval_s) const {
  if (!attempted_) return 0;
  std::uint64_t wait = static_cast<std::uint64_t>(clamp_interval(interval_s)) * 1000;
  if (failures_ > 0) wait = backoff_ms(interval_s, failures_, jitter_random_);
  if (manual_) wait = 0;
  return last_attempt_ms_ + std::max(wait, kMinSpacingMs);
}

void Schedule::on_attempt(std::uint64_t now_ms) {
  attempted_ = true;
  manual_ = false;
  last_attempt_ms_ = now_ms;
}

void Schedule::on_result(bool ok, std::uint32_t random) {
  failures_ = ok ? 0 : failures_ + 1;
  jitter_random_ = random;
}

}  // namespace printcam::connect
