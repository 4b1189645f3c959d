#pragma once
// The Button port over a GPIO input with its internal pull-up (the board's button ties the pin to
// GND): gpio_config() once, gpio_get_level() on each read.

#include <esp_err.h>

#include "ports/button.hpp"

namespace printcam::esp32 {

class EspButton final : public ports::Button {
 public:
  explicit EspButton(int pin) : pin_(pin) {}
  esp_err_t start();
  int level() const override;

 private:
  int pin_;
};

}  // namespace printcam::esp32
