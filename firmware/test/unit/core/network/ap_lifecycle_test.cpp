#include "core/network/ap_lifecycle.hpp"

#include "catch2_compat.hpp"

using printcam::network::ApChange;
using printcam::network::ApLifecycle;
using printcam::network::ApReason;
using printcam::network::kApMinimumOnMs;
using printcam::network::kForcedIdleTimeoutMs;
using printcam::network::kLastStationLingerMs;
using printcam::network::kWifiLostGraceMs;

namespace {

constexpr std::uint64_t kBoot = 1'000;
constexpr std::uint64_t kSecond = 1'000;

/// A camera with Wi-Fi configured that connected ten seconds after boot.
ApLifecycle connected_camera() {
  ApLifecycle ap;
  REQUIRE(ap.boot(kBoot, true, true) == ApChange::kStart);
  REQUIRE(ap.wifi_connected(kBoot + 10 * kSecond) == ApChange::kNone);
  return ap;
}

}  // namespace

TEST_CASE("The AP opens at boot and closes five minutes later once Wi-Fi is connected and nobody is on it") {
  ApLifecycle ap = connected_camera();
  CHECK(ap.ap_on());
  CHECK(ap.reason() == ApReason::kJustOpened);
  CHECK(ap.tick(kBoot + kApMinimumOnMs - 1) == ApChange::kNone);
  CHECK(ap.ap_on());
  CHECK(ap.tick(kBoot + kApMinimumOnMs) == ApChange::kStop);
  CHECK_FALSE(ap.ap_on());
  CHECK(ap.reason() == ApReason::kOff);
}

TEST_CASE("A phone still on the AP at five minutes keeps it up until a minute after it leaves") {
  ApLifecycle ap = connected_camera();
  ap.station_joined(kBoot + 60 * kSecond);
  CHECK(ap.tick(kBoot + kApMinimumOnMs + 30 * kSecond) == ApChange::kNone);
  CHECK(ap.reason() == ApReason::kStationsOn);
  const std::uint64_t left = kBoot + 8 * 60 * kSecond;
  CHECK(ap.station_left(left) == ApChange::kNone);
  CHECK(ap.tick(left + kLastStationLingerMs - 1) == ApChange::kNone);
  CHECK(ap.tick(left + kLastStationLingerMs) == ApChange::kStop);
}

TEST_CASE("A phone that rejoins within the linger keeps the AP up") {
  ApLifecycle ap = connected_camera();
  ap.station_joined(kBoot + 60 * kSecond);
  const std::uint64_t left = kBoot + kApMinimumOnMs + kSecond;
  ap.station_left(left);
  ap.station_joined(left + kLastStationLingerMs / 2);
  CHECK(ap.tick(left + 10 * kLastStationLingerMs) == ApChange::kNone);
  CHECK(ap.stations() == 1);
}

TEST_CASE("Without Wi-Fi configured the AP stays up, whatever the setting says") {
  ApLifecycle ap;
  CHECK(ap.boot(kBoot, false, false) == ApChange::kStart);
  CHECK(ap.reason() == ApReason::kWifiNotConfigured);
  CHECK(ap.tick(kBoot + 24 * 60 * 60 * kSecond) == ApChange::kNone);
  CHECK(ap.ap_on());
}

TEST_CASE("Wi-Fi that never connects keeps the boot AP up past five minutes") {
  ApLifecycle ap;
  ap.boot(kBoot, true, true);
  ap.wifi_failed(kBoot + 20 * kSecond);
  CHECK(ap.tick(kBoot + 2 * kApMinimumOnMs) == ApChange::kNone);
  CHECK(ap.reason() == ApReason::kWifiDown);
  CHECK(ap.wifi_connected(kBoot + 2 * kApMinimumOnMs + kSecond) == ApChange::kStop);
}

TEST_CASE("Wi-Fi lost later brings the AP back after the grace period, not before") {
  ApLifecycle ap = connected_camera();
  ap.tick(kBoot + kApMinimumOnMs);
  REQUIRE_FALSE(ap.ap_on());
  const std::uint64_t lost = kBoot + 60 * 60 * kSecond;
  CHECK(ap.wifi_lost(lost) == ApChange::kNone);
  CHECK(ap.wifi_failed(lost + 30 * kSecond) == ApChange::kNone);  // a retry failing does not restart it
  CHECK(ap.tick(lost + kWifiLostGraceMs - 1) == ApChange::kNone);
  CHECK(ap.tick(lost + kWifiLostGraceMs) == ApChange::kStart);
  CHECK(ap.reason() == ApReason::kWifiDown);
}

TEST_CASE("A short Wi-Fi blip does not open the AP") {
  ApLifecycle ap = connected_camera();
  ap.tick(kBoot + kApMinimumOnMs);
  const std::uint64_t lost = kBoot + 60 * 60 * kSecond;
  ap.wifi_lost(lost);
  CHECK(ap.wifi_connected(lost + 20 * kSecond) == ApChange::kNone);
  CHECK(ap.tick(lost + 2 * kWifiLostGraceMs) == ApChange::kNone);
  CHECK_FALSE(ap.ap_on());
}

TEST_CASE("An AP reopened by a Wi-Fi loss stays five minutes after Wi-Fi returns at once") {
  ApLifecycle ap = connected_camera();
  ap.tick(kBoot + kApMinimumOnMs);
  const std::uint64_t reopened = kBoot + 60 * 60 * kSecond + kWifiLostGraceMs;
  ap.wifi_lost(reopened - kWifiLostGraceMs);
  REQUIRE(ap.tick(reopened) == ApChange::kStart);
  CHECK(ap.wifi_connected(reopened + kSecond) == ApChange::kNone);
  CHECK(ap.tick(reopened + kApMinimumOnMs - 1) == ApChange::kNone);
  CHECK(ap.tick(reopened + kApMinimumOnMs) == ApChange::kStop);
}

TEST_CASE("With network.setup_ap off a configured camera opens no AP at boot or on Wi-Fi loss") {
  ApLifecycle ap;
  CHECK(ap.boot(kBoot, false, true) == ApChange::kNone);
  CHECK(ap.tick(kBoot + 10 * kWifiLostGraceMs) == ApChange::kNone);
  CHECK_FALSE(ap.ap_on());
}

TEST_CASE("Turning network.setup_ap off closes an idle AP at once but not under a phone") {
  ApLifecycle ap = connected_camera();
  ap.station_joined(kBoot + 20 * kSecond);
  CHECK(ap.set_setup_ap_enabled(kBoot + 30 * kSecond, false) == ApChange::kNone);
  ap.station_left(kBoot + 40 * kSecond);
  CHECK(ap.tick(kBoot + 40 * kSecond + kLastStationLingerMs) == ApChange::kStop);
}

TEST_CASE("Clearing the Wi-Fi settings opens the AP at once") {
  ApLifecycle ap = connected_camera();
  ap.tick(kBoot + kApMinimumOnMs);
  CHECK(ap.set_wifi_configured(kBoot + kApMinimumOnMs + kSecond, false) == ApChange::kStart);
  CHECK(ap.reason() == ApReason::kWifiNotConfigured);
}

TEST_CASE("Forced on works with network.setup_ap off and stays until released") {
  ApLifecycle ap;
  ap.boot(kBoot, false, true);
  ap.wifi_connected(kBoot + kSecond);
  CHECK(ap.force_on(kBoot + 60 * kSecond) == ApChange::kStart);
  CHECK(ap.reason() == ApReason::kForced);
  ap.station_joined(kBoot + 70 * kSecond);
  CHECK(ap.tick(kBoot + 60 * kSecond + 2 * kForcedIdleTimeoutMs) == ApChange::kNone);
  ap.station_left(kBoot + 61 * kSecond + 2 * kForcedIdleTimeoutMs);
  // Released with nobody lingering: off now, without waiting out the five minutes.
  CHECK(ap.release(kBoot + 62 * kSecond + 2 * kForcedIdleTimeoutMs + kLastStationLingerMs) ==
        ApChange::kStop);
  CHECK_FALSE(ap.forced());
}

TEST_CASE("Forced on ends by itself after nobody joins it for the idle timeout") {
  ApLifecycle ap = connected_camera();
  ap.tick(kBoot + kApMinimumOnMs);
  const std::uint64_t forced = kBoot + 60 * 60 * kSecond;
  CHECK(ap.force_on(forced) == ApChange::kStart);
  CHECK(ap.tick(forced + kForcedIdleTimeoutMs - 1) == ApChange::kNone);
  CHECK(ap.tick(forced + kForcedIdleTimeoutMs) == ApChange::kStop);
  CHECK_FALSE(ap.forced());
}

TEST_CASE("A released AP still follows the rules: without Wi-Fi configured it stays up") {
  ApLifecycle ap;
  ap.boot(kBoot, true, false);
  ap.force_on(kBoot + kSecond);
  CHECK(ap.release(kBoot + 2 * kSecond) == ApChange::kNone);
  CHECK(ap.reason() == ApReason::kWifiNotConfigured);
}

TEST_CASE("Station events on a closed AP are ignored and never go negative") {
  ApLifecycle ap = connected_camera();
  ap.tick(kBoot + kApMinimumOnMs);
  CHECK(ap.station_left(kBoot + kApMinimumOnMs + kSecond) == ApChange::kNone);
  CHECK(ap.station_joined(kBoot + kApMinimumOnMs + kSecond) == ApChange::kNone);
  CHECK(ap.stations() == 0);
}

TEST_CASE("Nothing opens before boot") {
  ApLifecycle ap;
  CHECK(ap.tick(10 * kWifiLostGraceMs) == ApChange::kNone);
  CHECK(ap.force_on(10 * kWifiLostGraceMs) == ApChange::kNone);
  CHECK_FALSE(ap.ap_on());
}
