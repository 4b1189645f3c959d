#pragma once
// A System port with fixed figures, a reboot counter and deterministic "random" bytes.

#include <algorithm>
#include <atomic>

#include "ports/system.hpp"

namespace printcam::fakes {

class FakeSystem final : public ports::System {
 public:
  std::atomic<int> reboots{0};
  std::size_t free = 200000;
  std::size_t min_free = 150000;

  void request_reboot() override { ++reboots; }
  std::size_t free_heap() const override { return free; }
  std::size_t min_free_heap() const override { return min_free; }
  std::string chip_model() const override { return "ESP32"; }
  void mac(std::uint8_t out[6]) const override {
    const std::uint8_t m[6] = {0x24, 0x6f, 0x28, 0x3f, 0x2a, 0x1c};
    std::copy_n(m, 6, out);
  }
  std::string reset_reason() const override { return "power_on"; }
  ports::FirmwareVersion firmware() const override { return {"1.2.3", "test build"}; }
  /// splitmix64: deterministic, and no sequence of tokens ever repeats within a test.
  void fill_random(std::uint8_t* buf, std::size_t n) override {
    for (std::size_t i = 0; i < n; ++i) {
      std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      buf[i] = static_cast<std::uint8_t>(z ^ (z >> 31));
    }
  }

 private:
  std::uint64_t state_ = 0;
};

}  // namespace printcam::fakes
