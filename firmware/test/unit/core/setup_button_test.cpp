// The setup button: a long press, and only a long press, forces the setup AP on.

#include "core/app/setup_button.hpp"

#include "catch2_compat.hpp"
#include "fakes/manual_clock.hpp"

using namespace printcam;

namespace {

class FakeButton final : public ports::Button {
 public:
  bool pressed = false;
  int level() const override { return pressed ? app::kButtonPressedLevel : 1; }
};

struct Rig {
  FakeButton button;
  fakes::ManualClock clock;
  int long_presses = 0;
  app::SetupButton setup{button, clock, [this] { ++long_presses; }};

  /// Polls every kButtonPollMs for `ms`, as the button's thread does.
  void run_for(std::uint64_t ms) {
    for (std::uint64_t t = 0; t < ms; t += app::kButtonPollMs) {
      setup.poll();
      clock.advance(app::kButtonPollMs);
    }
    setup.poll();
  }
};

}  // namespace

TEST_CASE("Holding the setup button for the long-press time fires once, however long it is held") {
  Rig rig;
  rig.button.pressed = true;
  rig.run_for(app::kSetupButtonHoldMs - app::kButtonPollMs);
  CHECK(rig.long_presses == 0);
  rig.run_for(app::kButtonPollMs);
  CHECK(rig.long_presses == 1);
  rig.run_for(10 * app::kSetupButtonHoldMs);
  CHECK(rig.long_presses == 1);
  rig.button.pressed = false;
  rig.run_for(app::kButtonPollMs);
  rig.button.pressed = true;
  rig.run_for(app::kSetupButtonHoldMs);
  CHECK(rig.long_presses == 2);
}

TEST_CASE("Short presses and a bounce in a hold do not add up to a long press") {
  Rig rig;
  for (int i = 0; i < 10; ++i) {
    rig.button.pressed = true;
    rig.run_for(app::kSetupButtonHoldMs / 2);
    rig.button.pressed = false;
    rig.setup.poll();
  }
  CHECK(rig.long_presses == 0);
}

TEST_CASE("An idle setup button never fires") {
  Rig rig;
  rig.run_for(5 * app::kSetupButtonHoldMs);
  CHECK(rig.long_presses == 0);
}
