#pragma once
// Time, as the core needs it. ESP32: esp_timer_get_time() for monotonic, time() after SNTP sync
// (esp_sntp_get_sync_status) for wall time. Host: std::chrono steady and system clocks.

#include <cstdint>

namespace printcam::ports {

class Clock {
 public:
  virtual ~Clock() = default;
  /// Milliseconds since boot; never goes back.
  virtual std::uint64_t monotonic_ms() const = 0;
  /// Unix seconds, or 0 while the clock has not been set (before SNTP on the ESP32).
  virtual std::int64_t unix_time() const = 0;
};

}  // namespace printcam::ports
