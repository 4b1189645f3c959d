// Joining Wi-Fi on request: the station's status decides the outcome, and only a join that
// reached the requested network saves it.

#include "core/app/wifi_join.hpp"

#include "catch2_compat.hpp"
#include "fakes/fake_clock.hpp"
#include "fakes/fake_kv_store.hpp"
#include "fakes/fake_network.hpp"
#include "fakes/settings_helpers.hpp"

using namespace printcam;

namespace {
struct Rig {
  fakes::FakeClock clock;
  fakes::FakeNetwork network;
  fakes::FakeKvStore kv;
  settings::SettingsStore settings{kv, fakes::counting_random, fakes::fast_options()};
  log::LogBuffer logs{clock, 4096};
  network::StationLink link{network, logs, [] { return ports::StationAddressing{"cam", std::nullopt}; }};
  app::WifiJoin join{network, link, settings, logs};
  Rig() { settings.load(); }
};
}  // namespace

TEST_CASE("A join waits while the station is still on its old network or retrying") {
  Rig rig;
  rig.network.wifi.station = ports::StationStatus::kConnected;
  rig.network.wifi.ssid = "Old";
  REQUIRE_FALSE(rig.join.start("New", "secret123"));
  // A platform whose status lags connect(): still connected to the old network.
  rig.network.wifi.station = ports::StationStatus::kConnected;
  CHECK(rig.join.state(80).phase == console::WifiPhase::Joining);
  rig.network.wifi.station = ports::StationStatus::kDisconnected;
  CHECK(rig.join.state(80).phase == console::WifiPhase::Joining);
  CHECK(rig.settings.get_string("network.wifi_ssid").empty());
  rig.network.wifi.station = ports::StationStatus::kConnected;
  rig.network.wifi.ssid = "New";
  CHECK(rig.join.state(80).phase == console::WifiPhase::Connected);
  CHECK(rig.settings.get_string("network.wifi_ssid") == "New");
}

TEST_CASE("A join that reached the network but could not be saved reports that") {
  Rig rig;
  REQUIRE_FALSE(rig.join.start("Home", ""));
  rig.kv.fail_writes = ports::KvStatus::kNoSpace;
  rig.network.wifi.station = ports::StationStatus::kConnected;
  rig.network.wifi.ssid = "Home";
  const console::WifiState s = rig.join.state(80);
  CHECK(s.phase == console::WifiPhase::Failed);
  CHECK(s.message == "joined, but the settings could not be saved");
}

TEST_CASE("Without a join under way the state follows the station") {
  Rig rig;
  CHECK(rig.join.state(80).phase == console::WifiPhase::Idle);
  rig.network.wifi.station = ports::StationStatus::kConnected;
  rig.network.wifi.ip = "192.168.1.9";
  const console::WifiState s = rig.join.state(8080);
  CHECK(s.phase == console::WifiPhase::Connected);
  CHECK(s.ip == "192.168.1.9");
  CHECK(s.port == 8080);
}
