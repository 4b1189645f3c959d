#pragma once
// The setup button: held long enough, it forces the setup access point on (issue #4: the AP "can
// be forced on from the serial console and the button"), the way back in when the camera's
// Wi-Fi is lost and the AP is disabled in the settings.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

#include "ports/button.hpp"
#include "ports/clock.hpp"

namespace printcam::app {

/// The hold that counts as "I mean it": far longer than a knock or a brush against the board, short
/// enough to hold without doubt; and well under the Prusa firmware's 10 s hold at power-up (its
/// factory reset on the same pin), so the two are never mistaken for each other.
inline constexpr std::uint64_t kSetupButtonHoldMs = 3000;
/// How often the button is read: a press is felt within this, and a 20 Hz GPIO read costs nothing.
inline constexpr int kButtonPollMs = 50;
/// The level of a pressed button: it ties its pulled-up pin to GND.
inline constexpr int kButtonPressedLevel = 0;

/// Decides a long press from the button's level sampled over time.
class LongPress {
 public:
  /// True exactly once per press: at the first sample `hold_ms` or more after it began. A single
  /// released sample (a bounce) starts the count again.
  bool sample(bool pressed, std::uint64_t now_ms, std::uint64_t hold_ms = kSetupButtonHoldMs);

 private:
  bool down_ = false;
  bool fired_ = false;
  std::uint64_t since_ms_ = 0;
};

/// Reads the button every kButtonPollMs on its own thread and calls `on_long_press` at each long
/// press.
class SetupButton {
 public:
  SetupButton(const ports::Button& button, const ports::Clock& clock, std::function<void()> on_long_press)
      : button_(button), clock_(clock), on_long_press_(std::move(on_long_press)) {}
  ~SetupButton() { stop(); }
  SetupButton(const SetupButton&) = delete;
  SetupButton& operator=(const SetupButton&) = delete;

  void start();
  void stop();
  /// One reading; the thread's body, and the tests' way in.
  void poll();

 private:
  const ports::Button& button_;
  const ports::Clock& clock_;
  std::function<void()> on_long_press_;
  LongPress press_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace printcam::app
