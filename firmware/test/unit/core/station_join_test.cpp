// The camera joins the Wi-Fi network its settings name: at boot, and as soon as a new one is
// saved over HTTP, with the addressing the settings give.

#include "catch2_compat.hpp"
#include "core/app/settings_config.hpp"
#include "fakes/fake_device.hpp"

using namespace printcam;
using fakes::FakeDevice;

namespace {
using Pair = std::pair<std::string, std::string>;

int patch(FakeDevice& dev, const std::string& body) {
  fakes::FakeRequest req("PATCH", "/api/settings", body);
  req.with_header("Content-Type", "application/json");
  return dev.call(std::move(req)).status;
}

constexpr const char* kFixedAddress =
    R"({"network.ip_mode":"static","network.ip":"192.168.1.40","network.netmask":"255.255.255.0",)"
    R"("network.gateway":"192.168.1.1"})";
}  // namespace

TEST_CASE("A Wi-Fi network saved over HTTP is joined at once") {
  FakeDevice dev;
  CHECK(dev.network.connects.empty());
  REQUIRE(patch(dev, R"({"network.wifi_ssid":"Home","network.wifi_password":"secret123"})") == 200);
  CHECK(dev.network.connects == std::vector<Pair>{{"Home", "secret123"}});
  REQUIRE_FALSE(dev.network.addressings.empty());
  CHECK(dev.network.addressings.back().hostname == dev.app.status().identity().hostname());
  CHECK_FALSE(dev.network.addressings.back().fixed);
  // Other settings leave the station alone.
  REQUIRE(patch(dev, R"({"system.name":"Desk cam"})") == 200);
  CHECK(dev.network.connects.size() == 1);
  // Emptying the network name leaves the network.
  REQUIRE(patch(dev, R"({"network.wifi_ssid":""})") == 200);
  CHECK(dev.network.connects.back() == Pair{"", ""});
}

TEST_CASE("At boot the saved network is joined with its fixed address") {
  FakeDevice dev;
  REQUIRE(patch(dev, kFixedAddress) == 200);
  REQUIRE(patch(dev, R"({"network.wifi_ssid":"Home","network.wifi_password":"secret123"})") == 200);
  dev.network.connects.clear();
  dev.network.addressings.clear();

  app::DeviceApp rebooted(app::DevicePorts{dev.clock, dev.system, dev.network, dev.camera, dev.led,
                                           dev.storage, dev.kv, dev.http});
  CHECK(dev.network.connects == std::vector<Pair>{{"Home", "secret123"}});
  REQUIRE(dev.network.addressings.size() == 1);
  const ports::StationAddressing::Fixed expected{
      {192, 168, 1, 40}, {255, 255, 255, 0}, {192, 168, 1, 1}, {192, 168, 1, 1}};
  CHECK(dev.network.addressings[0].fixed == expected);
  rebooted.shutdown();
}

TEST_CASE("A camera with no saved network joins none at boot") {
  FakeDevice dev;
  CHECK(dev.network.connects.empty());
}

TEST_CASE("A fixed address uses its own DNS server, else the gateway, and cannot be left incomplete") {
  FakeDevice dev;
  settings::SettingsStore& s = dev.app.settings();
  CHECK_FALSE(app::station_addressing_from(s, "cam").fixed);
  REQUIRE(patch(dev, kFixedAddress) == 200);
  const auto via_gateway = app::station_addressing_from(s, "cam");
  REQUIRE(via_gateway.fixed);
  CHECK(via_gateway.fixed->dns == ports::Ipv4Address{192, 168, 1, 1});
  CHECK(via_gateway.hostname == "cam");
  REQUIRE(patch(dev, R"({"network.dns":"9.9.9.9"})") == 200);
  CHECK(app::station_addressing_from(s, "cam").fixed->dns == ports::Ipv4Address{9, 9, 9, 9});
  // API.md: ip, netmask and gateway are required while network.ip_mode is static.
  REQUIRE(patch(dev, R"({"network.netmask":""})") == 400);
  CHECK(app::station_addressing_from(s, "cam").fixed->netmask == ports::Ipv4Address{255, 255, 255, 0});
  REQUIRE(patch(dev, R"({"network.netmask":"255.255.255.0","network.ip_mode":"dhcp"})") == 200);
  CHECK_FALSE(app::station_addressing_from(s, "cam").fixed);
}
