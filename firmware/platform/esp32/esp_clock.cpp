#include "platform/esp32/esp_clock.hpp"

#include <esp_netif_sntp.h>
#include <esp_timer.h>

#include <atomic>
#include <ctime>

namespace printcam::esp32 {
namespace {

std::atomic<bool> wall_clock_set{false};

void on_time_synced(timeval*) {
  wall_clock_set = true;
}

}  // namespace

esp_err_t EspClock::start_sntp(const char* server) {
  esp_sntp_config_t config = ESP_NETIF_SNTP_DEFAULT_CONFIG(server);
  // Nobody blocks on the first sync: unix_time() says 0 until it happened.
  config.wait_for_sync = false;
  config.sync_cb = &on_time_synced;
  return esp_netif_sntp_init(&config);
}

std::uint64_t EspClock::monotonic_ms() const {
  return static_cast<std::uint64_t>(esp_timer_get_time() / 1000);
}

std::int64_t EspClock::unix_time() const {
  return wall_clock_set ? static_cast<std::int64_t>(std::time(nullptr)) : 0;
}

}  // namespace printcam::esp32
