#pragma once
// The clock port over ESP-IDF: esp_timer for monotonic time, the C library's time() for wall
// time once SNTP has set it. Until the first sync time() counts from 1970 at boot, so the port's
// "not set" (0) comes from SNTP's own sync notification, not from guessing at the year.

#include <esp_err.h>

#include "ports/clock.hpp"

namespace printcam::esp32 {

class EspClock final : public ports::Clock {
 public:
  /// Starts SNTP (esp_netif_sntp) against `server`, in the background: it syncs once the station
  /// has an address and then every CONFIG_LWIP_SNTP_UPDATE_DELAY. Call once, after esp_netif_init.
  static esp_err_t start_sntp(const char* server);

  std::uint64_t monotonic_ms() const override;
  std::int64_t unix_time() const override;
};

}  // namespace printcam::esp32
