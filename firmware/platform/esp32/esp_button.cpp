#include "platform/esp32/esp_button.hpp"

#include <driver/gpio.h>

namespace printcam::esp32 {

esp_err_t EspButton::start() {
  gpio_config_t config{};
  config.pin_bit_mask = 1ULL << pin_;
  config.mode = GPIO_MODE_INPUT;
  config.pull_up_en = GPIO_PULLUP_ENABLE;
  config.pull_down_en = GPIO_PULLDOWN_DISABLE;
  config.intr_type = GPIO_INTR_DISABLE;
  return gpio_config(&config);
}

int EspButton::level() const {
  return gpio_get_level(static_cast<gpio_num_t>(pin_));
}

}  // namespace printcam::esp32
