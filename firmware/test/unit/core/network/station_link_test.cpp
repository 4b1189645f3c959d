// Joining the station's network: addressing first, then the join; a network already asked for
// is not joined again unless the user asks; an emptied setting leaves the network.

#include "core/network/station_link.hpp"

#include "catch2_compat.hpp"
#include "fakes/fake_clock.hpp"
#include "fakes/fake_network.hpp"

using namespace printcam;

namespace {
using Pair = std::pair<std::string, std::string>;

/// True when some line in the log contains `text`.
bool logged(const log::LogBuffer& logs, const std::string& text) {
  for (const log::Line& line : logs.since(0, 100)) {
    if (line.msg.find(text) != std::string::npos) return true;
  }
  return false;
}

struct Rig {
  fakes::FakeClock clock;
  fakes::FakeNetwork network;
  log::LogBuffer logs{clock, 4096};
  ports::StationAddressing addressing{"desk-cam", std::nullopt};
  network::StationLink link{network, logs, [this] { return addressing; }};
};
}  // namespace

TEST_CASE("A join hands the station its addressing before the network") {
  Rig rig;
  rig.addressing.fixed = ports::StationAddressing::Fixed{
      {192, 168, 1, 40}, {255, 255, 255, 0}, {192, 168, 1, 1}, {192, 168, 1, 1}};
  rig.link.join("Home", "secret123");
  REQUIRE(rig.network.addressings.size() == 1);
  CHECK(rig.network.addressings[0] == rig.addressing);
  CHECK(rig.network.connects == std::vector<Pair>{{"Home", "secret123"}});
  CHECK(logged(rig.logs, "wifi: joining Home"));
}

TEST_CASE("Following the saved network joins it once, and again only when it changes") {
  Rig rig;
  rig.link.follow("Home", "secret123");
  rig.link.follow("Home", "secret123");
  CHECK(rig.network.connects.size() == 1);
  rig.link.follow("Home", "other-pass");
  rig.addressing.hostname = "attic-cam";
  rig.link.follow("Home", "other-pass");
  CHECK(rig.network.connects ==
        std::vector<Pair>{{"Home", "secret123"}, {"Home", "other-pass"}, {"Home", "other-pass"}});
  CHECK(rig.network.addressings.back().hostname == "attic-cam");
}

TEST_CASE("An explicit join of the same network goes again: it is a retry") {
  Rig rig;
  rig.link.join("Home", "secret123");
  rig.link.join("Home", "secret123");
  CHECK(rig.network.connects.size() == 2);
  // What a console join asked for and then saved is already joined.
  rig.link.follow("Home", "secret123");
  CHECK(rig.network.connects.size() == 2);
}

TEST_CASE("An emptied network leaves the one joined, and with none joined there is nothing to do") {
  Rig rig;
  rig.link.follow("", "");
  CHECK(rig.network.connects.empty());
  rig.link.follow("Home", "secret123");
  rig.link.follow("", "");
  CHECK(rig.network.connects == std::vector<Pair>{{"Home", "secret123"}, {"", ""}});
  CHECK(rig.network.wifi.station == ports::StationStatus::kIdle);
  CHECK(logged(rig.logs, "wifi: left Home"));
}

TEST_CASE("Addressing the station refuses is logged, and the join still goes ahead") {
  Rig rig;
  rig.network.accept_addressing = false;
  rig.link.join("Home", "secret123");
  CHECK(rig.network.connects.size() == 1);
  CHECK(logged(rig.logs, "refused its DHCP addressing"));
}
