#include "core/app/setup_button.hpp"

#include <chrono>

namespace printcam::app {

bool LongPress::sample(bool pressed, std::uint64_t now_ms, std::uint64_t hold_ms) {
  if (!pressed) {
    down_ = false;
    fired_ = false;
    return false;
  }
  if (!down_) {
    down_ = true;
    since_ms_ = now_ms;
  }
  if (fired_ || now_ms - since_ms_ < hold_ms) return false;
  fired_ = true;
  return true;
}

void SetupButton::poll() {
  if (press_.sample(button_.level() == kButtonPressedLevel, clock_.monotonic_ms()) && on_long_press_) {
    on_long_press_();
  }
}

void SetupButton::start() {
  thread_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mu_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(kButtonPollMs), [this] { return stopping_; })) {
      lock.unlock();
      poll();
      lock.lock();
    }
  });
}

void SetupButton::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace printcam::app
