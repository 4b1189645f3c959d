#pragma once
// A push button on a GPIO, as the core needs it: its level, read when asked. Shaped after ESP-IDF's
// gpio driver so the ESP32 adapter is two calls: gpio_config() once (GPIO_MODE_INPUT,
// GPIO_PULLUP_ENABLE) and gpio_get_level(pin) here. The pin is the board's `resetButton` in
// boards/boards.json (generated::Board::reset_button_pin; the AI-Thinker's IO12, the Prusa
// firmware's CFG_RESET_PIN), a button that ties the pin to GND: level 0 while pressed.

namespace printcam::ports {

class Button {
 public:
  virtual ~Button() = default;
  /// gpio_get_level(): 0 or 1.
  virtual int level() const = 0;
};

}  // namespace printcam::ports
