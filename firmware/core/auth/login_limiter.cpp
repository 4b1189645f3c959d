#include "core/auth/login_limiter.hpp"

#include <algorithm>

namespace printcam::auth {

LoginLimiter::Record* LoginLimiter::find(std::string_view address) {
  const std::uint64_t now = clock_.monotonic_ms();
  records_.erase(std::remove_if(records_.begin(), records_.end(),
                                [now](const Record& r) {
                                  return now >= r.locked_until_ms &&
                                         now - r.last_failure_ms >= kForgetAfterMs;
                                }),
                 records_.end());
  for (Record& r : records_) {
    if (r.address == address) return &r;
  }
  return nullptr;
}

std::uint64_t LoginLimiter::wait_ms(std::string_view address) {
  std::lock_guard<std::mutex> lock(mu_);
  const Record* r = find(address);
  const std::uint64_t now = clock_.monotonic_ms();
  return r != nullptr && r->locked_until_ms > now ? r->locked_until_ms - now : 0;
}

void LoginLimiter::record_failure(std::string_view address) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::uint64_t now = clock_.monotonic_ms();
  Record* r = find(address);
  if (r == nullptr) {
    if (records_.size() >= kMaxTracked) {
      records_.erase(std::min_element(records_.begin(), records_.end(), [](const Record& a, const Record& b) {
        return a.last_failure_ms < b.last_failure_ms;
      }));
    }
    records_.push_back(Record{std::string(address), 0, now, 0});
    r = &records_.back();
  }
  ++r->failures;
  r->last_failure_ms = now;
  if (r->failures > kFreeFailures) {
    const unsigned doublings = std::min(r->failures - kFreeFailures - 1, 20U);
    r->locked_until_ms = now + std::min(kFirstLockoutMs << doublings, kMaxLockoutMs);
  }
}

void LoginLimiter::record_success(std::string_view address) {
  std::lock_guard<std::mutex> lock(mu_);
  records_.erase(std::remove_if(records_.begin(), records_.end(),
                                [address](const Record& r) { return r.address == address; }),
                 records_.end());
}

}  // namespace printcam::auth
