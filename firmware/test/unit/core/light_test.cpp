#include "core/media/light.hpp"

#include <vector>

#include "catch2_compat.hpp"
#include "fakes/fake_led.hpp"

using namespace std::chrono_literals;
using printcam::fakes::FakeLed;
using printcam::media::Light;
using printcam::media::LightMode;
using printcam::media::LightSettings;

TEST_CASE("The light starts off and a steady light is capped at the board's maximum duty") {
  FakeLed led;
  Light light(led, 80);
  CHECK(led.history() == std::vector<int>{0});
  light.configure(LightSettings{LightMode::kOn, 100, 0ms});
  CHECK(led.duty() == 80);
  light.configure(LightSettings{LightMode::kOn, 30, 0ms});
  CHECK(led.duty() == 30);
  light.configure(LightSettings{LightMode::kOff, 30, 0ms});
  CHECK(led.duty() == 0);
}

TEST_CASE("In flash mode the LED is on only while a photo is taken") {
  FakeLed led;
  Light light(led);
  light.configure(LightSettings{LightMode::kFlash, 100, 1ms});
  CHECK(led.duty() == 0);
  {
    const Light::Flash flash = light.flash_for_photo();
    CHECK(led.duty() == printcam::media::kDefaultMaxDutyPercent);
    { const Light::Flash overlapping = light.flash_for_photo(); }
    CHECK(led.duty() == printcam::media::kDefaultMaxDutyPercent);  // The first photo still needs it.
  }
  CHECK(led.duty() == 0);
}

TEST_CASE("Outside flash mode a photo leaves the LED as it is") {
  FakeLed led;
  Light light(led);
  light.configure(LightSettings{LightMode::kOn, 50, 1ms});
  { const Light::Flash flash = light.flash_for_photo(); }
  CHECK(led.history() == std::vector<int>{0, 50});
  light.configure(LightSettings{LightMode::kOff, 50, 1ms});
  { const Light::Flash flash = light.flash_for_photo(); }
  CHECK(led.history() == std::vector<int>{0, 50, 0});
}

TEST_CASE("Light modes are named off, on and flash") {
  CHECK(printcam::media::light_mode_from_name("off") == LightMode::kOff);
  CHECK(printcam::media::light_mode_from_name("on") == LightMode::kOn);
  CHECK(printcam::media::light_mode_from_name("flash") == LightMode::kFlash);
  CHECK_FALSE(printcam::media::light_mode_from_name("Flash").has_value());
}
