#include "core/media/light.hpp"

#include <algorithm>
#include <thread>
#include <utility>

namespace printcam::media {

std::optional<LightMode> light_mode_from_name(std::string_view name) {
  if (name == "off") return LightMode::kOff;
  if (name == "on") return LightMode::kOn;
  if (name == "flash") return LightMode::kFlash;
  return std::nullopt;
}

Light::Light(ports::Led& led, int max_duty_percent)
    : led_(led), max_duty_percent_(std::clamp(max_duty_percent, 0, 100)) {
  std::lock_guard<std::mutex> lock(mu_);
  apply_locked();
}

int Light::capped(int percent) const {
  return std::clamp(percent, 0, max_duty_percent_);
}

void Light::apply_locked() {
  const bool lit = settings_.mode == LightMode::kOn || (settings_.mode == LightMode::kFlash && flashes_ > 0);
  const int duty = lit ? capped(settings_.duty_percent) : 0;
  if (duty == duty_) return;
  duty_ = duty;
  led_.set_duty_percent(duty);
}

void Light::configure(const LightSettings& settings) {
  std::lock_guard<std::mutex> lock(mu_);
  settings_ = settings;
  apply_locked();
}

Light::Flash Light::flash_for_photo() {
  std::chrono::milliseconds wait{0};
  {
    std::lock_guard<std::mutex> lock(mu_);
    ++flashes_;
    apply_locked();
    // Without an LED there is nothing to wait for.
    if (settings_.mode == LightMode::kFlash && led_.present()) wait = settings_.flash_time;
  }
  if (wait.count() > 0) std::this_thread::sleep_for(wait);
  return Flash(this);
}

int Light::duty_percent() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::max(duty_, 0);
}

Light::Flash::Flash(Flash&& other) noexcept : light_(std::exchange(other.light_, nullptr)) {}

Light::Flash::~Flash() {
  if (light_ == nullptr) return;
  std::lock_guard<std::mutex> lock(light_->mu_);
  --light_->flashes_;
  light_->apply_locked();
}

}  // namespace printcam::media
