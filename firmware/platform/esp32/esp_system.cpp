#include "platform/esp32/esp_system.hpp"

#include <esp_app_desc.h>
#include <esp_chip_info.h>
#include <esp_mac.h>
#include <esp_random.h>
#include <esp_system.h>

namespace printcam::esp32 {

void EspSystem::request_reboot() {
  if (reboot_timer_ == nullptr) {
    esp_timer_create_args_t args{};
    args.callback = [](void*) { esp_restart(); };
    args.name = "reboot";
    if (esp_timer_create(&args, &reboot_timer_) != ESP_OK) esp_restart();
  }
  // Already armed by an earlier request: that one restarts the device.
  if (!esp_timer_is_active(reboot_timer_)) esp_timer_start_once(reboot_timer_, kRebootDelayUs);
}

std::size_t EspSystem::free_heap() const {
  return esp_get_free_heap_size();
}

std::size_t EspSystem::min_free_heap() const {
  return esp_get_minimum_free_heap_size();
}

std::string EspSystem::chip_model() const {
  esp_chip_info_t info;
  esp_chip_info(&info);
  switch (info.model) {
    case CHIP_ESP32:
      return "ESP32";
    case CHIP_ESP32S3:
      return "ESP32-S3";
    default:
      return "ESP32 (model " + std::to_string(static_cast<int>(info.model)) + ")";
  }
}

void EspSystem::mac(std::uint8_t out[6]) const {
  esp_read_mac(out, ESP_MAC_WIFI_STA);
}

std::string EspSystem::reset_reason() const {
  switch (esp_reset_reason()) {
    case ESP_RST_POWERON:
      return "power_on";
    case ESP_RST_EXT:
      return "external";
    case ESP_RST_SW:
      return "software";
    case ESP_RST_PANIC:
      return "panic";
    case ESP_RST_INT_WDT:
    case ESP_RST_TASK_WDT:
    case ESP_RST_WDT:
      return "watchdog";
    case ESP_RST_DEEPSLEEP:
      return "deep_sleep";
    case ESP_RST_BROWNOUT:
    case ESP_RST_PWR_GLITCH:
      return "brownout";
    default:
      return "unknown";
  }
}

ports::FirmwareVersion EspSystem::firmware() const {
  const esp_app_desc_t* app = esp_app_get_description();
  return {app->version, std::string(app->date) + " " + app->time};
}

void EspSystem::fill_random(std::uint8_t* buf, std::size_t n) {
  esp_fill_random(buf, n);
}

}  // namespace printcam::esp32
