#include "core/console/improv_protocol.hpp"

#include "catch2_compat.hpp"

using namespace printcam::console::improv;

namespace {
Bytes hex_bytes(std::initializer_list<int> v) {
  Bytes b;
  for (const int x : v) b.push_back(static_cast<std::uint8_t>(x));
  return b;
}
}  // namespace

TEST_CASE("Improv packets match the spec's worked bytes, with a trailing newline") {
  CHECK(build_state(State::Ready) ==
        hex_bytes({0x49, 0x4D, 0x50, 0x52, 0x4F, 0x56, 0x01, 0x01, 0x01, 0x02, 0xE2, 0x0A}));
  CHECK(build_state(State::Provisioned) ==
        hex_bytes({0x49, 0x4D, 0x50, 0x52, 0x4F, 0x56, 0x01, 0x01, 0x01, 0x04, 0xE4, 0x0A}));
  CHECK(build_error(Error::None) ==
        hex_bytes({0x49, 0x4D, 0x50, 0x52, 0x4F, 0x56, 0x01, 0x02, 0x01, 0x00, 0xE1, 0x0A}));
  const Bytes request_state = *build_packet(PacketType::Rpc, {0x02, 0x00});
  CHECK(request_state ==
        hex_bytes({0x49, 0x4D, 0x50, 0x52, 0x4F, 0x56, 0x01, 0x03, 0x02, 0x02, 0x00, 0xE5, 0x0A}));
}

TEST_CASE("An RPC result carries several strings, each with its length, after the total length") {
  const Bytes p = *build_rpc_result(0x03, {"printcam", "0.1.0", "", "cam"});
  const Bytes data(p.begin() + 9, p.end() - 2);
  const Bytes expected = {0x03, 20,  8,   'p', 'r', 'i', 'n', 't', 'c', 'a', 'm',
                          5,    '0', '.', '1', '.', '0', 0,   3,   'c', 'a', 'm'};
  CHECK(data == expected);
  CHECK(p[8] == expected.size());
  CHECK(p[p.size() - 2] == checksum(p.data(), p.size() - 2));
  CHECK(*build_rpc_result(0x04, {}) == *build_packet(PacketType::RpcResult, {0x04, 0x00}));
}

TEST_CASE("An RPC result that cannot fit one packet is refused rather than cut") {
  CHECK_FALSE(build_rpc_result(0x04, {std::string(200, 'a'), std::string(60, 'b')}));
  CHECK(build_rpc_result(0x04, {std::string(252, 'a')}));
  CHECK_FALSE(build_rpc_result(0x04, {std::string(253, 'a')}));
  CHECK_FALSE(build_packet(PacketType::RpcResult, Bytes(256, 0)));
}

TEST_CASE("The spec's Wi-Fi settings example parses to its SSID and password") {
  Bytes data = {0x01, 0x1E, 0x0C};
  for (const char c : std::string("MyWirelessAP")) data.push_back(static_cast<std::uint8_t>(c));
  data.push_back(0x10);
  for (const char c : std::string("mysecurepassword")) data.push_back(static_cast<std::uint8_t>(c));
  const auto rpc = parse_rpc(data);
  REQUIRE(rpc);
  CHECK(rpc->command == 0x01);
  const auto wifi = parse_wifi_settings(rpc->payload);
  REQUIRE(wifi);
  CHECK(wifi->ssid == "MyWirelessAP");
  CHECK(wifi->password == "mysecurepassword");
}

TEST_CASE("RPC data whose lengths disagree is refused") {
  CHECK_FALSE(parse_rpc({}));
  CHECK_FALSE(parse_rpc({0x01}));
  CHECK_FALSE(parse_rpc({0x01, 0x02, 0xAA}));
  CHECK(parse_rpc({0x02, 0x00}));
  CHECK_FALSE(parse_wifi_settings({}));
  CHECK_FALSE(parse_wifi_settings({0x03, 'a', 'b'}));
  CHECK_FALSE(parse_wifi_settings({0x01, 'a', 0x02, 'p'}));
  CHECK_FALSE(parse_wifi_settings({0x01, 'a', 0x00, 'x'}));
  const auto open = parse_wifi_settings({0x01, 'a', 0x00});
  REQUIRE(open);
  CHECK(open->password.empty());
}
