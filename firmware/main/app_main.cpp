// The camera on an ESP32: builds the ESP-IDF adapters, hands them to the core, and serves.
// Ports still to come (camera, key-value store, network, LED, storage, HTTP client) join here.

#include <esp_event.h>
#include <esp_log.h>
#include <esp_netif.h>

#include "core/app/device_app.hpp"
#include "generated/boards.hpp"
#include "platform/esp32/esp_clock.hpp"
#include "platform/esp32/esp_http_server.hpp"

namespace {

constexpr const char* kTag = "printcam";
static_assert(printcam::generated::has_board(PRINTCAM_BOARD_ID),
              "PRINTCAM_BOARD names no board in firmware/boards/boards.json");
constexpr const printcam::generated::BoardInfo* kBoard = printcam::generated::find_board(PRINTCAM_BOARD_ID);

}  // namespace

extern "C" void app_main() {
  using namespace printcam;
  static esp32::EspClock clock;
  // lwIP and the default event loop must exist before any socket or Wi-Fi event.
  ESP_ERROR_CHECK(esp_netif_init());
  ESP_ERROR_CHECK(esp_event_loop_create_default());

  static app::DeviceApp device;
  static esp32::EspHttpServer server;
  const ports::HttpServerConfig config;
  if (!server.start(config,
                    [](ports::HttpRequest& req, ports::HttpResponse& res) { device.handle(req, res); })) {
    ESP_LOGE(kTag, "HTTP server did not start on port %u", static_cast<unsigned>(config.port));
    return;
  }
  ESP_LOGI(kTag, "%s up in %llu ms, serving on port %u", kBoard->name,
           static_cast<unsigned long long>(clock.monotonic_ms()), static_cast<unsigned>(server.port()));
}
