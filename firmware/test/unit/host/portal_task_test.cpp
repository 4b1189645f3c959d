// The portal task over a real loopback socket: DNS answers while the AP is up, silence after.
#include "core/network/portal_task.hpp"

#include <vector>

#include "catch2_compat.hpp"
#include "fakes/fake_ap_control.hpp"
#include "fakes/manual_clock.hpp"
#include "platform/host/posix_udp_socket.hpp"

using printcam::fakes::FakeApControl;
using printcam::fakes::ManualClock;
using printcam::host::PosixUdpSocket;
using printcam::network::PortalTask;
using printcam::network::SetupAp;
using printcam::network::SetupApConfig;
using printcam::network::WifiState;
using printcam::ports::UdpPeer;

namespace {

/// Generous: the test waits for an answer that should arrive at once, and fails rather than hangs.
constexpr int kAnswerWaitMs = 5000;

std::vector<std::uint8_t> a_query() {
  return {0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'f', 'o', 'o', 0, 0, 1, 0, 1};
}

}  // namespace

TEST_CASE("While the AP is up the portal task answers DNS on its bound port, and stops when the AP closes") {
  FakeApControl radio;
  ManualClock clock;
  std::atomic<bool> configured{false};
  SetupAp ap(radio, clock,
             SetupApConfig{"printcam-test",
                           "password12",
                           {10, 83, 71, 1},
                           [&configured] {
                             return WifiState{configured.load(), configured.load()};
                           },
                           [] { return true; }});
  PosixUdpSocket dns_socket;
  PortalTask task(ap, dns_socket, 0);
  task.start();
  const std::uint16_t port = task.dns_port();
  REQUIRE(port != 0);

  PosixUdpSocket client;
  REQUIRE(client.bind(0));
  const auto q = a_query();
  REQUIRE(client.send_to(q.data(), q.size(), UdpPeer{{127, 0, 0, 1}, port}));
  std::uint8_t buf[512];
  UdpPeer from;
  const long n = client.receive_from(buf, sizeof buf, from, kAnswerWaitMs);
  REQUIRE(n == static_cast<long>(q.size() + 16));
  CHECK(from.port == port);
  CHECK(buf[0] == 0x12);
  CHECK(buf[n - 4] == 10);
  CHECK(buf[n - 1] == 1);

  // Wi-Fi connects and five minutes pass: the AP closes and so does the DNS port.
  configured = true;
  clock.advance(printcam::network::kApMinimumOnMs);
  for (int i = 0; i < 200 && task.dns_port() != 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  CHECK(task.dns_port() == 0);
  CHECK_FALSE(radio.up);
  task.stop();
}
