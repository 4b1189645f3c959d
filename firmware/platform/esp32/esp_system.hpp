#pragma once
// The System port over ESP-IDF's system calls (ports/system.hpp lists them): esp_restart behind a
// short timer, heap figures, esp_chip_info, esp_read_mac, esp_reset_reason, esp_app_get_description
// and esp_fill_random.

#include <esp_timer.h>

#include "ports/system.hpp"

namespace printcam::esp32 {

class EspSystem final : public ports::System {
 public:
  /// The wait between a reboot request and esp_restart: the HTTP answer that asked for it has
  /// been handed to lwIP, and a second is ample for it to leave (esp_restart drops open sockets).
  static constexpr std::uint64_t kRebootDelayUs = 1'000'000;

  void request_reboot() override;
  std::size_t free_heap() const override;
  std::size_t min_free_heap() const override;
  std::string chip_model() const override;
  void mac(std::uint8_t out[6]) const override;
  std::string reset_reason() const override;
  ports::FirmwareVersion firmware() const override;
  void fill_random(std::uint8_t* buf, std::size_t n) override;

 private:
  esp_timer_handle_t reboot_timer_ = nullptr;
};

}  // namespace printcam::esp32
