#pragma once
// The flash LED's behaviour: off, on as a steady light, or flash (on only around a photo). The
// core decides and caps the brightness; the Led port only sets a duty.

#include <chrono>
#include <mutex>
#include <optional>
#include <string_view>

#include "ports/led.hpp"

namespace printcam::media {

enum class LightMode { kOff, kOn, kFlash };

/// "off", "on", "flash" (the settings schema's enum names), or nullopt.
std::optional<LightMode> light_mode_from_name(std::string_view name);

/// The AI-Thinker board drives its LED through a transistor with no current limit; the Prusa
/// firmware caps the PWM at 205/255 (80 %) so it does not burn out. Boards may lower it.
inline constexpr int kDefaultMaxDutyPercent = 80;

struct LightSettings {
  LightMode mode = LightMode::kOff;
  int duty_percent = kDefaultMaxDutyPercent;
  /// How long the flash is on before the photo is taken, so exposure settles (Prusa: 200 ms).
  std::chrono::milliseconds flash_time{200};
};

class Light {
 public:
  /// Keeps the flash on while it lives (in flash mode); the last one alive turns it off.
  class Flash {
   public:
    Flash(Flash&& other) noexcept;
    Flash(const Flash&) = delete;
    ~Flash();

   private:
    friend class Light;
    explicit Flash(Light* light) : light_(light) {}
    Light* light_;
  };

  explicit Light(ports::Led& led, int max_duty_percent = kDefaultMaxDutyPercent);
  /// Applies at once: "on" lights the LED, "off" and "flash" turn it off (outside a photo).
  void configure(const LightSettings& settings);
  /// Before a photo: in flash mode turns the LED on and waits flash_time; otherwise does nothing.
  Flash flash_for_photo();
  /// The duty last sent to the LED (0 when off).
  int duty_percent() const;

 private:
  void apply_locked();
  int capped(int percent) const;

  ports::Led& led_;
  const int max_duty_percent_;
  mutable std::mutex mu_;
  LightSettings settings_;
  int flashes_ = 0;
  int duty_ = -1;  ///< -1 until the first apply, so the first one always reaches the LED.
};

}  // namespace printcam::media
