// The camera on an ESP32: builds one ESP-IDF adapter per port, hands them to the core with the
// OTA manager beside it (as platform/host/main.cpp does for the simulator), serves, and starts
// the serial console.

#include <esp_event.h>
#include <esp_log.h>
#include <esp_netif.h>

#include <atomic>

#include "ap_secret.hpp"
#include "board_config.hpp"
#include "core/app/device_app.hpp"
#include "core/app/ota_binding.hpp"
#include "core/network/ap_credentials.hpp"
#include "core/ota/board_identity.hpp"
#include "platform/esp32/esp_button.hpp"
#include "platform/esp32/esp_clock.hpp"
#include "platform/esp32/esp_discovery.hpp"
#include "platform/esp32/esp_http_client.hpp"
#include "platform/esp32/esp_http_server.hpp"
#include "platform/esp32/esp_kv_store.hpp"
#include "platform/esp32/esp_network.hpp"
#include "platform/esp32/esp_ota_slots.hpp"
#include "platform/esp32/esp_storage.hpp"
#include "platform/esp32/esp_system.hpp"
#include "platform/esp32/esp_udp_socket.hpp"
#include "serial_console_task.hpp"

namespace {

using namespace printcam;

constexpr const char* kTag = "printcam";
/// SNTP's server: the NTP Pool's anycast name, as the Prusa firmware used.
constexpr const char* kNtpServer = "pool.ntp.org";
/// Phones on the setup AP ask the DHCP-given DNS server on the standard port.
constexpr std::uint16_t kDnsPort = 53;
static_assert(generated::has_board(PRINTCAM_BOARD_ID),
              "PRINTCAM_BOARD names no board in firmware/boards/boards.json");
constexpr const generated::BoardInfo* kBoard = generated::find_board(PRINTCAM_BOARD_ID);

}  // namespace

extern "C" void app_main() {
  // NVS first (settings and Wi-Fi's calibration data), then lwIP and the default event loop.
  ESP_ERROR_CHECK(esp32::EspKvStore::init_flash());
  ESP_ERROR_CHECK(esp_netif_init());
  ESP_ERROR_CHECK(esp_event_loop_create_default());

  static esp32::EspClock clock;
  static esp32::EspSystem system;
  static esp32::EspKvStore kv;
  static esp32::EspNetwork network;
  // An idle station: DeviceApp joins the saved network once it has loaded the settings.
  ESP_ERROR_CHECK(network.start());
  ESP_ERROR_CHECK(esp32::EspClock::start_sntp(kNtpServer));

  static esp32::EspCamera camera(esp32::camera_wiring(*kBoard));
  static esp32::EspLed led(esp32::flash_led(*kBoard));
  if (led.start() != ESP_OK) ESP_LOGI(kTag, "no dimmable or switchable flash LED on this board");
  static esp32::EspStorage storage;
  if (const esp_err_t err = storage.mount(kBoard->sd); err != ESP_OK) {
    ESP_LOGI(kTag, "no SD card: %s", esp_err_to_name(err));
  }
  static esp32::EspHttpClient upload_http;
  static esp32::EspHttpClient ota_http;

  static std::atomic<bool> serving{false};
  static esp32::EspOtaSlots slots;
  static ota::OtaManager ota(slots, clock,
                             app::ota_config_for(
                                 *kBoard, system.firmware().version, [] { system.request_reboot(); },
                                 [] { return app::reachable(serving.load(), network.state()); }));
  static ota::OtaDownloader downloader(ota, ota_http, kBoard->id, ota::chip_family_of(kBoard->chip));

  network::Mac mac{};
  system.mac(mac.data());
  static esp32::EspUdpSocket dns_socket(network::kApAddress);
  static const network::SetupNetworkPorts setup{network,
                                                dns_socket,
                                                kDnsPort,
                                                network::ap_ssid(mac),
                                                network::ap_password(esp32::ap_secret_id(kv, system)),
                                                [] { return network::wifi_state_of(network.state()); },
                                                nullptr};
  static esp32::EspDiscovery discovery;
  app::NetworkPorts network_ports;
  network_ports.setup = &setup;
  network_ports.discovery = &discovery;
  static esp32::EspButton button(kBoard->reset_button_pin);
  if (kBoard->reset_button_pin >= 0 && button.start() == ESP_OK) network_ports.setup_button = &button;

  app::DeviceConfig config;
  config.ota_active = [] { return ota.active(); };
  config.board = kBoard;
  static app::DeviceApp device(
      app::DevicePorts{clock, system, network, camera, led, storage, kv, upload_http}, std::move(config),
      network_ports);
  app::serve_ota(device, ota, downloader);
  if (!device.camera_started().ok()) {
    ESP_LOGE(kTag, "camera did not start (%d): check the ribbon cable",
             device.camera_started().platform_code);
  }

  static esp32::EspHttpServer server;
  const ports::HttpServerConfig server_config;
  if (!server.start(server_config,
                    [](ports::HttpRequest& req, ports::HttpResponse& res) { device.handle(req, res); })) {
    ESP_LOGE(kTag, "HTTP server did not start on port %u", static_cast<unsigned>(server_config.port));
    return;
  }
  serving = true;
  device.console_backend().set_http_port(server.port());
  if (!esp32::start_serial_console(device, clock))
    ESP_LOGW(kTag, "serial console: the serial driver refused to start");
  ota.start_health_watch();
  if (!device.start_discovery(server.port())) ESP_LOGW(kTag, "mDNS advertising failed");
  ESP_LOGI(kTag, "%s up in %llu ms, serving on port %u", kBoard->name,
           static_cast<unsigned long long>(clock.monotonic_ms()), static_cast<unsigned>(server.port()));
}
