#pragma once
// The flash LED port. ESP32 (AI-Thinker GPIO4): ledc PWM, duty = percent of the timer's range
// (ledc_set_duty + ledc_update_duty); boards with a plain GPIO switch at any duty > 0; WS2812
// boards set white at that brightness. The adapter only translates: the core decides when the
// LED is on and caps the duty (the AI-Thinker LED has no current limit and burns out at 100 %).

namespace printcam::ports {

class Led {
 public:
  virtual ~Led() = default;
  /// Sets the brightness, 0 (off) to 100 percent. Values outside are clamped by the adapter.
  virtual void set_duty_percent(int percent) = 0;
  /// Whether this board has a flash LED at all (some have none, or share its pin with the SD card).
  virtual bool present() const = 0;
};

}  // namespace printcam::ports
