#pragma once
// A clock that moves only when told: time-based rules are tested without sleeping.

#include <atomic>

#include "ports/clock.hpp"

namespace printcam::fakes {

class ManualClock final : public ports::Clock {
 public:
  std::uint64_t monotonic_ms() const override { return ms_; }
  std::int64_t unix_time() const override {
    return unix_base_ == 0 ? 0 : unix_base_ + static_cast<std::int64_t>(ms_ / 1000);
  }
  void advance(std::uint64_t ms) { ms_ += ms; }
  void set_unix_base(std::int64_t s) { unix_base_ = s; }

 private:
  std::atomic<std::uint64_t> ms_{0};
  std::int64_t unix_base_ = 0;
};

}  // namespace printcam::fakes
