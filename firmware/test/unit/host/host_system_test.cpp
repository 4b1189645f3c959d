#include "platform/host/host_system.hpp"

#include <vector>

#include "catch2_compat.hpp"
#include "platform/host/sim_options.hpp"

using printcam::host::HostSystem;
using printcam::host::mac_from_seed;
using printcam::host::parse_sim_options;

TEST_CASE("The host system derives a stable locally administered MAC from its data directory") {
  std::uint8_t a[6], b[6], c[6];
  mac_from_seed("/tmp/cam-a", a);
  mac_from_seed("/tmp/cam-a", b);
  mac_from_seed("/tmp/cam-b", c);
  CHECK(std::equal(a, a + 6, b));
  CHECK_FALSE(std::equal(a, a + 6, c));
  CHECK(a[0] == 0x02);
}

TEST_CASE("The host system reports heap figures within the simulated heap and random bytes") {
  std::uint8_t mac[6] = {2, 0, 0, 0, 0, 1};
  int reboots = 0;
  HostSystem system(mac, "power_on", [&reboots] { ++reboots; });
  const std::size_t free = system.free_heap();
  CHECK(free > 0);
  CHECK(free <= HostSystem::kSimulatedHeapBytes);
  CHECK(system.min_free_heap() <= system.free_heap());
  std::vector<std::uint8_t> r1(32), r2(32);
  system.fill_random(r1.data(), r1.size());
  system.fill_random(r2.data(), r2.size());
  CHECK(r1 != r2);
  system.request_reboot();
  CHECK(reboots == 1);
  CHECK(system.reset_reason() == "power_on");
  CHECK_FALSE(system.firmware().version.empty());
}

TEST_CASE("The simulator's command line takes the simulated Wi-Fi network and refuses a flag without value") {
  std::string error;
  const auto o = parse_sim_options({"--wifi-ssid", "Lab", "--wifi-password", "labpass1"}, error);
  REQUIRE(o);
  CHECK(o->wifi_ssid == "Lab");
  CHECK(o->wifi_password == "labpass1");
  CHECK_FALSE(parse_sim_options({"--wifi-ssid"}, error));
  CHECK(error == "missing value after --wifi-ssid");
  CHECK_FALSE(parse_sim_options({"--admin-password", "pw"}, error));
  CHECK(error == "unknown option --admin-password");
}
