#pragma once
// The chip and the firmware image, as the core needs them. ESP32: esp_restart (after the HTTP
// task flushed the answer), esp_get_free_heap_size / esp_get_minimum_free_heap_size,
// esp_chip_info, esp_read_mac(ESP_MAC_WIFI_STA), esp_reset_reason, esp_app_get_description
// (version, date, time), esp_fill_random (a CSPRNG once Wi-Fi or Bluetooth is on).

#include <cstddef>
#include <cstdint>
#include <string>

namespace printcam::ports {

struct FirmwareVersion {
  std::string version;  ///< "0.1.0"
  std::string build;    ///< When and how it was built, e.g. "2026-11-22 06:12:57".
};

class System {
 public:
  virtual ~System() = default;
  /// Restarts the device soon. Returns at once, so the caller can finish its answer; the
  /// restart itself waits until responses already handed to the network are sent.
  virtual void request_reboot() = 0;
  virtual std::size_t free_heap() const = 0;
  /// The lowest free heap since boot: how close the device came to running out.
  virtual std::size_t min_free_heap() const = 0;
  /// "ESP32", "ESP32-S3", or "host".
  virtual std::string chip_model() const = 0;
  /// The station MAC as six bytes.
  virtual void mac(std::uint8_t out[6]) const = 0;
  /// Why the device last started: "power_on", "software", "panic", "brownout", "watchdog", ...
  virtual std::string reset_reason() const = 0;
  virtual FirmwareVersion firmware() const = 0;
  /// Fills `buf` from a cryptographically strong source (session tokens).
  virtual void fill_random(std::uint8_t* buf, std::size_t n) = 0;
};

}  // namespace printcam::ports
