#pragma once
// The clock port over ESP-IDF: esp_timer for monotonic time, the C library's time() for wall
// time once SNTP has set it. Until the first sync time() counts from 1970 at boot, so the port's
// "not set" (0) comes from SNTP's own sync notification, not from guessing at the year.

#include "ports/clock.hpp"

namespace printcam::esp32 {

class EspClock final : public ports::Clock {
 public:
  /// Takes SNTP's sync notification (there is one per system): whoever starts SNTP later needs
  /// nothing more for this clock to report wall time.
  EspClock();
  std::uint64_t monotonic_ms() const override;
  std::int64_t unix_time() const override;
};

}  // namespace printcam::esp32
