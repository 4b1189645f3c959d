#pragma once
// The flash LED port: ledc PWM on boards whose LED can be dimmed (duty = percent of the timer's
// range: ledc_set_duty + ledc_update_duty), a plain GPIO level on boards that only switch it, and
// on WS2812 boards the one pixel set to white at that brightness (led_strip over RMT).
// The core caps the duty and decides when the LED is on; this only sets what it is told.

#include <driver/ledc.h>
#include <led_strip.h>

#include "generated/boards.hpp"
#include "ports/led.hpp"

namespace printcam::esp32 {

struct EspLedConfig {
  generated::LedKind kind = generated::LedKind::kNone;
  int pin = generated::kNoPin;
};

class EspLed final : public ports::Led {
 public:
  /// Timer and channel 1: esp32-camera takes LEDC timer 0 and channel 0 for the sensor's XCLK.
  static constexpr ledc_timer_t kTimer = LEDC_TIMER_1;
  static constexpr ledc_channel_t kChannel = LEDC_CHANNEL_1;
  /// Low-speed mode: the only one the ESP32-S3 has, and the ESP32 has it too.
  static constexpr ledc_mode_t kMode = LEDC_LOW_SPEED_MODE;
  /// 5 kHz, well above visible flicker and within what 8 bits of resolution allow at 80 MHz.
  static constexpr std::uint32_t kFrequencyHz = 5000;
  static constexpr ledc_timer_bit_t kResolution = LEDC_TIMER_8_BIT;

  explicit EspLed(const EspLedConfig& config) : config_(config) {}
  /// Configures the pin, LED off. A board without an LED reports not present(); so does a pin
  /// the driver refused.
  esp_err_t start();
  void set_duty_percent(int percent) override;
  bool present() const override { return ready_; }

 private:
  EspLedConfig config_;
  bool ready_ = false;
  led_strip_handle_t strip_ = nullptr;
};

}  // namespace printcam::esp32
