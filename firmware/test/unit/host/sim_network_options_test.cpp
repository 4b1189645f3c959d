#include <string>
#include <vector>

#include "catch2_compat.hpp"
#include "platform/host/sim_options.hpp"

using printcam::host::parse_sim_options;

TEST_CASE("printcam-sim takes --ap as a bare flag, --dns-port and --peers-dir with values") {
  std::string error;
  const auto o =
      parse_sim_options({"--ap", "--dns-port", "5353", "--peers-dir", "/tmp/p", "--port", "0"}, error);
  REQUIRE(o);
  CHECK(o->setup_ap);
  CHECK(o->dns_port == 5353);
  CHECK(o->peers_dir == "/tmp/p");
  CHECK(o->port == 0);
  const auto plain = parse_sim_options({}, error);
  REQUIRE(plain);
  CHECK_FALSE(plain->setup_ap);
  CHECK(plain->dns_port == 0);
  CHECK(plain->peers_dir.empty());
}

TEST_CASE("printcam-sim refuses a bad --dns-port and a --peers-dir without a value") {
  std::string error;
  CHECK_FALSE(parse_sim_options({"--dns-port", "70000"}, error));
  CHECK(error == "--dns-port must be 0..65535, got '70000'");
  CHECK_FALSE(parse_sim_options({"--peers-dir"}, error));
  CHECK(error == "missing value after --peers-dir");
}
