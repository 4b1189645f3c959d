#pragma once
// A clock the test moves by hand.

#include <atomic>

#include "ports/clock.hpp"

namespace printcam::fakes {

class FakeClock final : public ports::Clock {
 public:
  std::uint64_t monotonic_ms() const override { return ms_; }
  std::int64_t unix_time() const override { return unix_; }
  void advance_ms(std::uint64_t ms) { ms_ += ms; }
  void set_unix_time(std::int64_t t) { unix_ = t; }

 private:
  std::atomic<std::uint64_t> ms_{1000};
  std::atomic<std::int64_t> unix_{0};
};

}  // namespace printcam::fakes
