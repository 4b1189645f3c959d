#include "core/peers/peer_table.hpp"

#include <string>

#include "catch2_compat.hpp"
#include "core/http/access_policy.hpp"
#include "core/peers/peer_service.hpp"
#include "fakes/fake_http.hpp"
#include "fakes/manual_clock.hpp"

using printcam::fakes::FakeRequest;
using printcam::fakes::FakeResponse;
using printcam::fakes::ManualClock;
using printcam::peers::kMaxPeers;
using printcam::peers::kPeerExpiryMs;
using printcam::peers::PeerService;
using printcam::peers::PeerTable;
using printcam::ports::DiscoveredService;
using printcam::ports::DiscoveryEvent;

namespace {

DiscoveredService camera(const std::string& instance, const std::string& ip, const std::string& name = "") {
  DiscoveredService s{instance, instance, ip, 80, {{"version", "1.2.0"}, {"api", "1"}}};
  if (!name.empty()) s.txt.emplace_back("name", name);
  return s;
}

/// A discovery adapter the test drives by hand.
class ScriptedDiscovery final : public printcam::ports::Discovery {
 public:
  bool advertise(const printcam::ports::ServiceAdvert& self) override {
    advert = self;
    return true;
  }
  void browse(std::function<void(const DiscoveryEvent&)> on_event) override { deliver = std::move(on_event); }
  void stop() override { stopped = true; }

  printcam::ports::ServiceAdvert advert;
  std::function<void(const DiscoveryEvent&)> deliver;
  bool stopped = false;
};

}  // namespace

TEST_CASE("A heard camera is listed with its TXT name and version, and refreshed in place") {
  PeerTable table;
  REQUIRE(table.seen(camera("printcam-a", "192.168.1.20", "Prusa MK4"), 1000));
  REQUIRE(table.seen(camera("printcam-a", "192.168.1.21", "Prusa MK4"), 5000));
  const auto peers = table.list();
  REQUIRE(peers.size() == 1);
  CHECK(peers[0].name == "Prusa MK4");
  CHECK(peers[0].host == "printcam-a.local");
  CHECK(peers[0].ip == "192.168.1.21");
  CHECK(peers[0].version == "1.2.0");
  CHECK(peers[0].last_seen_ms == 5000);
  CHECK(table.to_json(7500) ==
        R"({"peers":[{"name":"Prusa MK4","host":"printcam-a.local","ip":"192.168.1.21","port":80,)"
        R"("version":"1.2.0","seen_s":2}]})");
}

TEST_CASE("A service without an instance, an address or a port is refused") {
  PeerTable table;
  CHECK_FALSE(table.seen(camera("", "192.168.1.20"), 0));
  CHECK_FALSE(table.seen(camera("printcam-a", ""), 0));
  DiscoveredService no_port = camera("printcam-a", "192.168.1.20");
  no_port.port = 0;
  CHECK_FALSE(table.seen(no_port, 0));
  CHECK(table.list().empty());
}

TEST_CASE("Peers silent for the expiry time are dropped, fresher ones stay") {
  PeerTable table;
  table.seen(camera("old", "10.0.0.2"), 0);
  table.seen(camera("new", "10.0.0.3"), 60'000);
  table.expire(kPeerExpiryMs - 1);
  CHECK(table.list().size() == 2);
  table.expire(kPeerExpiryMs);
  REQUIRE(table.list().size() == 1);
  CHECK(table.list()[0].instance == "new");
}

TEST_CASE("A full table makes room by dropping the least recently heard peer") {
  PeerTable table;
  for (std::size_t i = 0; i < kMaxPeers; ++i) {
    table.seen(camera("cam-" + std::to_string(i), "10.0.0.9"), 100 + i);
  }
  table.seen(camera("cam-0", "10.0.0.9"), 10'000);  // cam-1 is now the stalest
  table.seen(camera("newcomer", "10.0.0.9"), 10'001);
  const auto peers = table.list();
  CHECK(peers.size() == kMaxPeers);
  const auto has = [&peers](const std::string& instance) {
    for (const auto& p : peers) {
      if (p.instance == instance) return true;
    }
    return false;
  };
  CHECK(has("newcomer"));
  CHECK(has("cam-0"));
  CHECK_FALSE(has("cam-1"));
}

TEST_CASE("Peers are sorted by name, and an unnamed peer goes by its instance") {
  PeerTable table;
  table.seen(camera("z-cam", "10.0.0.2", "Bench"), 0);
  table.seen(camera("a-cam", "10.0.0.3"), 0);
  const auto peers = table.list();
  CHECK(peers[0].name == "Bench");
  CHECK(peers[1].name == "a-cam");
}

TEST_CASE("The peer service advertises version, name and API, lists what it hears and drops goodbyes") {
  ScriptedDiscovery discovery;
  ManualClock clock;
  PeerService service(&discovery, clock);
  REQUIRE(service.start("printcam-self", 8080, "Workshop", "1.4.0"));
  CHECK(discovery.advert.instance == "printcam-self");
  CHECK(discovery.advert.port == 8080);
  CHECK(discovery.advert.txt ==
        printcam::ports::TxtRecord{{"version", "1.4.0"}, {"name", "Workshop"}, {"api", "1"}});

  discovery.deliver(
      DiscoveryEvent{DiscoveryEvent::Kind::kFound, camera("printcam-b", "192.168.1.30", "Voron")});
  printcam::http::OpenAccess open_access;
  printcam::http::Router router{open_access};
  printcam::peers::register_peer_routes(router, service);
  REQUIRE(router.routes().size() == 1);
  CHECK(router.routes()[0].access == printcam::http::Access::kAdmin);
  FakeRequest req("GET", "/api/peers");
  FakeResponse res;
  router.handle(req, res);
  CHECK(res.status == 200);
  CHECK(res.header("Content-Type") == "application/json");
  CHECK(res.body.find(R"("name":"Voron")") != std::string::npos);

  discovery.deliver(DiscoveryEvent{DiscoveryEvent::Kind::kGone, camera("printcam-b", "")});
  CHECK(service.peers().empty());
  service.stop();
  CHECK(discovery.stopped);
}

TEST_CASE("Without a discovery adapter the peer list is empty and start reports it") {
  ManualClock clock;
  PeerService service(nullptr, clock);
  CHECK_FALSE(service.start("printcam", 80, "printcam", "1.0.0"));
  CHECK(service.peers_json() == R"({"peers":[]})");
}
