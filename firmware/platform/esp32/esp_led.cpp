#include "platform/esp32/esp_led.hpp"

#include <driver/gpio.h>

#include <algorithm>

namespace printcam::esp32 {

esp_err_t EspLed::start() {
  ready_ = false;
  if (config_.pin == generated::kNoPin) return ESP_ERR_NOT_SUPPORTED;
  const auto pin = static_cast<gpio_num_t>(config_.pin);
  esp_err_t err = ESP_ERR_NOT_SUPPORTED;
  if (config_.kind == generated::LedKind::kGpio) {
    err = gpio_reset_pin(pin);
    if (err == ESP_OK) err = gpio_set_direction(pin, GPIO_MODE_OUTPUT);
    if (err == ESP_OK) err = gpio_set_level(pin, 0);
  } else if (config_.kind == generated::LedKind::kPwm) {
    ledc_timer_config_t timer{};
    timer.speed_mode = kMode;
    timer.duty_resolution = kResolution;
    timer.timer_num = kTimer;
    timer.freq_hz = kFrequencyHz;
    timer.clk_cfg = LEDC_AUTO_CLK;
    err = ledc_timer_config(&timer);
    ledc_channel_config_t channel{};
    channel.gpio_num = config_.pin;
    channel.speed_mode = kMode;
    channel.channel = kChannel;
    channel.intr_type = LEDC_INTR_DISABLE;
    channel.timer_sel = kTimer;
    channel.duty = 0;
    if (err == ESP_OK) err = ledc_channel_config(&channel);
  }
  ready_ = err == ESP_OK;
  return err;
}

void EspLed::set_duty_percent(int percent) {
  if (!ready_) return;
  percent = std::clamp(percent, 0, 100);
  if (config_.kind == generated::LedKind::kGpio) {
    gpio_set_level(static_cast<gpio_num_t>(config_.pin), percent > 0 ? 1 : 0);
    return;
  }
  constexpr std::uint32_t kFull = (1u << kResolution) - 1;
  ledc_set_duty(kMode, kChannel, kFull * static_cast<std::uint32_t>(percent) / 100);
  ledc_update_duty(kMode, kChannel);
}

}  // namespace printcam::esp32
