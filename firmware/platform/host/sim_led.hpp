#pragma once
// The simulated camera's flash LED: remembers its duty and logs each change, so a person running
// `npm run device` sees the flash fire.

#include <algorithm>
#include <atomic>
#include <cstdio>

#include "ports/led.hpp"

namespace printcam::host {

class SimLed final : public ports::Led {
 public:
  void set_duty_percent(int percent) override {
    percent = std::clamp(percent, 0, 100);
    if (duty_.exchange(percent) == percent) return;
    std::fprintf(stderr, "printcam-sim: flash LED %s (%d %%)\n", percent > 0 ? "on" : "off", percent);
  }
  bool present() const override { return true; }
  int duty_percent() const { return duty_; }

 private:
  std::atomic<int> duty_{0};
};

}  // namespace printcam::host
