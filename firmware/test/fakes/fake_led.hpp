#pragma once
// A fake of the Led port that records every duty the core sets.

#include <mutex>
#include <vector>

#include "ports/led.hpp"

namespace printcam::fakes {

/// Records every duty the core sets.
class FakeLed : public ports::Led {
 public:
  void set_duty_percent(int percent) override {
    std::lock_guard<std::mutex> lock(mu_);
    history_.push_back(percent);
  }
  bool present() const override { return true; }
  int duty() const {
    std::lock_guard<std::mutex> lock(mu_);
    return history_.empty() ? 0 : history_.back();
  }
  std::vector<int> history() const {
    std::lock_guard<std::mutex> lock(mu_);
    return history_;
  }

 private:
  mutable std::mutex mu_;
  std::vector<int> history_;
};

}  // namespace printcam::fakes
