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
  } else if (config_.kind == generated::LedKind::kWs2812) {
    led_strip_config_t strip{};
    strip.strip_gpio_num = config_.pin;
    strip.max_leds = 1;
    strip.led_model = LED_MODEL_WS2812;
    led_strip_rmt_config_t rmt{};
    rmt.clk_src = RMT_CLK_SRC_DEFAULT;
    err = led_strip_new_rmt_device(&strip, &rmt, &strip_);
    if (err == ESP_OK) err = led_strip_clear(strip_);
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
  if (config_.kind == generated::LedKind::kWs2812) {
    const std::uint32_t level = 255u * static_cast<std::uint32_t>(percent) / 100;
    led_strip_set_pixel(strip_, 0, level, level, level);
    led_strip_refresh(strip_);
    return;
  }
  constexpr std::uint32_t kFull = (1u << kResolution) - 1;
  ledc_set_duty(kMode, kChannel, kFull * static_cast<std::uint32_t>(percent) / 100);
  ledc_update_duty(kMode, kChannel);
}

}  // namespace printcam::esp32
