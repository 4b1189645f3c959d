#include "platform/host/sim_network.hpp"

#include "catch2_compat.hpp"
#include "fakes/fake_clock.hpp"

using printcam::fakes::FakeClock;
using printcam::host::SimNetwork;
using printcam::host::SimWifiConfig;
using printcam::ports::StationStatus;
using printcam::ports::WifiMode;

namespace {
SimWifiConfig idle_config() {
  return SimWifiConfig{"PrintShop", "printcam-test", false};
}
}  // namespace

TEST_CASE("The simulated radio joins the known network after the connect delay") {
  FakeClock clock;
  SimNetwork net(clock, idle_config());
  CHECK(net.state().station == StationStatus::kIdle);
  net.connect("PrintShop", "printcam-test");
  CHECK(net.state().station == StationStatus::kConnecting);
  clock.advance_ms(SimNetwork::kConnectDelayMs);
  const auto s = net.state();
  CHECK(s.station == StationStatus::kConnected);
  CHECK(s.ip == "127.0.0.1");
  CHECK(s.rssi < 0);
}

TEST_CASE("The simulated radio fails a wrong password and an unknown network as the ESP32 reports them") {
  FakeClock clock;
  SimNetwork net(clock, idle_config());
  net.connect("PrintShop", "nope");
  clock.advance_ms(SimNetwork::kConnectDelayMs);
  CHECK(net.state().station == StationStatus::kWrongPassword);
  net.connect("Nowhere", "x");
  clock.advance_ms(SimNetwork::kConnectDelayMs);
  CHECK(net.state().station == StationStatus::kNoNetwork);
  CHECK(net.state().ip.empty());
  net.connect("CoffeeShop Free", "");
  clock.advance_ms(SimNetwork::kConnectDelayMs);
  CHECK(net.state().station == StationStatus::kConnected);
}

TEST_CASE("The simulated scan includes hidden open and duplicated networks strongest first") {
  FakeClock clock;
  SimNetwork net(clock, idle_config());
  const auto list = net.scan();
  REQUIRE(list.size() >= 4);
  for (std::size_t i = 1; i < list.size(); ++i) CHECK(list[i - 1].rssi >= list[i].rssi);
  CHECK(std::any_of(list.begin(), list.end(), [](const auto& n) { return n.ssid.empty(); }));
  CHECK(std::any_of(list.begin(), list.end(), [](const auto& n) { return !n.secure; }));
  CHECK(std::count_if(list.begin(), list.end(), [](const auto& n) { return n.ssid == "PrintShop"; }) == 2);
}

TEST_CASE("The simulated access point switches the mode and refuses a too-short key") {
  FakeClock clock;
  SimNetwork net(clock, SimWifiConfig{});
  CHECK(net.state().station == StationStatus::kConnected);
  CHECK_FALSE(net.start_access_point("printcam-setup", "short"));
  REQUIRE(net.start_access_point("printcam-setup", ""));
  auto s = net.state();
  CHECK(s.mode == WifiMode::kAccessPointAndStation);
  CHECK(s.ap_active);
  CHECK(s.ap_ip == "10.83.71.1");  // core/network/ap_address.hpp
  net.stop_access_point();
  s = net.state();
  CHECK(s.mode == WifiMode::kStation);
  CHECK_FALSE(s.ap_active);
}
