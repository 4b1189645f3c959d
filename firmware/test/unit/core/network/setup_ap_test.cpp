#include "core/network/setup_ap.hpp"

#include "catch2_compat.hpp"
#include "fakes/fake_ap_control.hpp"
#include "fakes/manual_clock.hpp"

using printcam::fakes::FakeApControl;
using printcam::fakes::ManualClock;
using printcam::network::ApReason;
using printcam::network::kApMinimumOnMs;
using printcam::network::kLastStationLingerMs;
using printcam::network::SetupAp;
using printcam::network::SetupApConfig;
using printcam::network::WifiState;

namespace {

struct Rig {
  FakeApControl radio;
  ManualClock clock;
  WifiState wifi{true, false};
  bool enabled = true;
  SetupAp ap{radio, clock,
             SetupApConfig{"printcam-a1b2c3",
                           "k7m2p9q4x8zt",
                           {10, 83, 71, 1},
                           [this] { return wifi; },
                           [this] { return enabled; }}};
};

}  // namespace

TEST_CASE("Boot opens the radio with the board's own name, password and the AP address") {
  Rig rig;
  rig.ap.boot();
  CHECK(rig.ap.active());
  CHECK(rig.radio.last_ssid == "printcam-a1b2c3");
  CHECK(rig.radio.last_password == "k7m2p9q4x8zt");
  CHECK(rig.radio.last_address == printcam::network::Ipv4{10, 83, 71, 1});
}

TEST_CASE("Polled Wi-Fi and stations drive the rules: a phone keeps the AP, leaving lets it close") {
  Rig rig;
  rig.ap.boot();
  rig.wifi.connected = true;
  rig.radio.stations = 1;
  rig.clock.advance(kApMinimumOnMs);
  rig.ap.tick();
  CHECK(rig.ap.active());
  CHECK(rig.ap.reason() == ApReason::kStationsOn);
  rig.radio.stations = 0;
  rig.ap.tick();
  rig.clock.advance(kLastStationLingerMs);
  rig.ap.tick();
  CHECK_FALSE(rig.ap.active());
  CHECK(rig.radio.stops == 1);
}

TEST_CASE("Forcing reopens a closed AP and release closes it again") {
  Rig rig;
  rig.wifi.connected = true;
  rig.enabled = false;
  rig.ap.boot();
  CHECK_FALSE(rig.ap.active());
  rig.ap.force_on();
  CHECK(rig.ap.active());
  rig.ap.release();
  CHECK_FALSE(rig.ap.active());
}

TEST_CASE("A radio that refuses to start is retried on the next tick") {
  Rig rig;
  rig.radio.refuse_start = true;
  rig.ap.boot();
  CHECK_FALSE(rig.ap.active());
  rig.radio.refuse_start = false;
  rig.ap.tick();
  CHECK(rig.ap.active());
  CHECK(rig.radio.starts == 2);
}
