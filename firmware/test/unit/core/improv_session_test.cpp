// Improv Serial end to end through the console: bytes in, packets out, read as the SDK reads them.

#include "catch2_compat.hpp"
#include "fakes/console_rig.hpp"

using namespace printcam::console::improv;
using printcam::console::WifiPhase;
using printcam::fakes::ConsoleRig;
using printcam::fakes::packet;
using printcam::fakes::rpc;

namespace {
Bytes wifi_payload(const std::string& ssid, const std::string& pw) {
  Bytes p{static_cast<std::uint8_t>(ssid.size())};
  p.insert(p.end(), ssid.begin(), ssid.end());
  p.push_back(static_cast<std::uint8_t>(pw.size()));
  p.insert(p.end(), pw.begin(), pw.end());
  return p;
}
std::string result(std::uint8_t cmd, const std::vector<std::string>& strings) {
  return packet(*build_rpc_result(cmd, strings));
}
}  // namespace

TEST_CASE("Improv: a camera off the network reports READY, and no URL") {
  ConsoleRig rig;
  rig.send(rpc(0x02));
  CHECK(rig.take() == std::vector<std::string>{packet(build_state(State::Ready))});
}

TEST_CASE("Improv: a camera already on Wi-Fi reports PROVISIONED with its URL") {
  ConsoleRig rig;
  rig.backend.finish_join(true);
  rig.send(rpc(0x02));
  CHECK(rig.take() == std::vector<std::string>{packet(build_state(State::Provisioned)),
                                               result(0x02, {"http://192.168.1.50/"})});
}

TEST_CASE("Improv: device info is firmware, version, chip, device name") {
  ConsoleRig rig;
  rig.send(rpc(0x03));
  CHECK(rig.take() == std::vector<std::string>{result(0x03, {"printcam", "0.1.0", "ESP32", "printcam"})});
}

TEST_CASE("Improv: a scan sends one result per network and an empty one to end") {
  ConsoleRig rig;
  rig.backend.networks = {{"Home", -51, true}, {"Cafe", -80, false}};
  rig.send(rpc(0x04));
  CHECK(rig.take() == std::vector<std::string>{result(0x04, {"Home", "-51", "YES"}),
                                               result(0x04, {"Cafe", "-80", "NO"}), result(0x04, {})});
}

TEST_CASE("Improv: Wi-Fi settings go PROVISIONING then PROVISIONED with the camera's URL") {
  ConsoleRig rig;
  rig.send(rpc(0x01, wifi_payload("Home Net", "secret pw")));
  CHECK(rig.take() == std::vector<std::string>{packet(build_state(State::Provisioning))});
  CHECK(rig.backend.joined_ssid == "Home Net");
  CHECK(rig.backend.joined_password == "secret pw");
  rig.send(rpc(0x02));
  CHECK(rig.take() == std::vector<std::string>{packet(build_state(State::Provisioning))});
  rig.backend.finish_join(true);
  rig.advance(100);
  CHECK(rig.take() == std::vector<std::string>{packet(build_state(State::Provisioned)),
                                               result(0x01, {"http://192.168.1.50/"})});
}

TEST_CASE("Improv: a failed join is error UNABLE_TO_CONNECT and READY again") {
  ConsoleRig rig;
  rig.send(rpc(0x01, wifi_payload("Home", "wrong")));
  rig.take();
  rig.backend.finish_join(false);
  rig.advance(100);
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::UnableToConnect)),
                                               packet(build_state(State::Ready))});
}

TEST_CASE("Improv: a join that never ends times out as UNABLE_TO_CONNECT") {
  ConsoleRig rig;
  rig.send(rpc(0x01, wifi_payload("Home", "pw")));
  rig.take();
  rig.advance(printcam::console::JoinTracker::kJoinTimeoutMs - 1);
  CHECK(rig.take().empty());
  rig.advance(1);
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::UnableToConnect)),
                                               packet(build_state(State::Ready))});
}

TEST_CASE("Improv: settings the backend refuses are UNABLE_TO_CONNECT at once") {
  ConsoleRig rig;
  rig.send(rpc(0x01, wifi_payload("", "pw")));
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::UnableToConnect)),
                                               packet(build_state(State::Ready))});
}

TEST_CASE("Improv: malformed RPC data is INVALID_RPC and an unknown command UNKNOWN_RPC") {
  ConsoleRig rig;
  rig.send(printcam::fakes::bytes(*build_packet(PacketType::Rpc, {0x02, 0x03, 0x00})));
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::InvalidRpc))});
  rig.send(rpc(0x01, {0x05, 'a'}));
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::InvalidRpc))});
  rig.send(rpc(0x7E));
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::UnknownRpc))});
  rig.send(rpc(0x05));
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::UnknownRpc))});
}

TEST_CASE("Improv: a wrong checksum is INVALID_RPC and nothing runs") {
  ConsoleRig rig;
  std::string p = rpc(0x01, wifi_payload("Home", "pw"));
  p[p.size() - 2] = static_cast<char>(p[p.size() - 2] + 1);
  rig.send(p);
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::InvalidRpc))});
  CHECK(rig.backend.joined_ssid.empty());
}

TEST_CASE("Improv: packets of the device-to-client types are ignored") {
  ConsoleRig rig;
  rig.send(printcam::fakes::bytes(build_state(State::Ready)));
  rig.send(printcam::fakes::bytes(build_error(Error::UnknownRpc)));
  CHECK(rig.take().empty());
}

TEST_CASE("Improv: a text join ends a pending Improv join, which hears UNABLE_TO_CONNECT") {
  ConsoleRig rig;
  rig.send(rpc(0x01, wifi_payload("Home", "pw")));
  rig.take();
  rig.send("wifi Other pw2\n");
  CHECK(rig.take() == std::vector<std::string>{packet(build_error(Error::UnableToConnect)),
                                               packet(build_state(State::Ready))});
  rig.backend.finish_join(true);
  rig.advance(100);
  CHECK(rig.take() ==
        std::vector<std::string>{R"(ok wifi {"ip":"192.168.1.50","url":"http://192.168.1.50/"})"});
}
