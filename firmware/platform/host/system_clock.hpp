#pragma once

#include <chrono>

#include "ports/clock.hpp"

namespace printcam::host {

/// The host's clock: steady time since construction ("boot") and the system's wall clock.
class SystemClock final : public ports::Clock {
 public:
  std::uint64_t monotonic_ms() const override {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - boot_)
            .count());
  }
  std::int64_t unix_time() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }

 private:
  std::chrono::steady_clock::time_point boot_ = std::chrono::steady_clock::now();
};

}  // namespace printcam::host
