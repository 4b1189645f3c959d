#include "core/network/ap_address.hpp"

#include "catch2_compat.hpp"

using printcam::network::in_subnet;
using printcam::network::Ipv4;
using printcam::network::ipv4_text;
using printcam::network::kApAddress;
using printcam::network::parse_ipv4;

TEST_CASE("The AP address is private and outside the subnets home routers ship with") {
  CHECK(ipv4_text(kApAddress) == "10.83.71.1");
  CHECK(in_subnet(kApAddress, {10, 0, 0, 0}, 8));  // RFC 1918: Chrome treats the page as local
  for (const Ipv4& home : {Ipv4{192, 168, 0, 1}, Ipv4{192, 168, 1, 1}, Ipv4{192, 168, 178, 1},
                           Ipv4{10, 0, 0, 1}, Ipv4{10, 0, 1, 1}, Ipv4{192, 168, 4, 1}, Ipv4{4, 3, 2, 1}}) {
    CHECK_FALSE(in_subnet(home, kApAddress, printcam::network::kApPrefixLength));
  }
}

TEST_CASE("Dotted quads parse, anything else does not") {
  CHECK(parse_ipv4("192.168.1.20") == Ipv4{192, 168, 1, 20});
  CHECK(parse_ipv4("0.0.0.0") == Ipv4{0, 0, 0, 0});
  for (const char* bad : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "a.b.c.d", "1.2.3.4 ",
                          "1234.1.1.1", "::1", "printcam.local"}) {
    INFO(bad);
    CHECK_FALSE(parse_ipv4(bad));
  }
}

TEST_CASE("Subnet membership honours the prefix length") {
  CHECK(in_subnet({10, 83, 71, 200}, kApAddress, 24));
  CHECK_FALSE(in_subnet({10, 83, 72, 1}, kApAddress, 24));
  CHECK(in_subnet({10, 83, 72, 1}, kApAddress, 20));
  CHECK(in_subnet({1, 2, 3, 4}, kApAddress, 0));
}
