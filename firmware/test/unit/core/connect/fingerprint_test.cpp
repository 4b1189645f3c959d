#include "core/connect/fingerprint.hpp"

#include "catch2_compat.hpp"
#include "core/codec/base64.hpp"

using printcam::codec::base64_encode;
using printcam::connect::derive_fingerprint;
using printcam::connect::format_mac;

TEST_CASE("Base64 encodes the RFC 4648 test vectors") {
  CHECK(base64_encode("") == "");
  CHECK(base64_encode("f") == "Zg==");
  CHECK(base64_encode("fo") == "Zm8=");
  CHECK(base64_encode("foo") == "Zm9v");
  CHECK(base64_encode("foob") == "Zm9vYg==");
  CHECK(base64_encode("foobar") == "Zm9vYmFy");
  CHECK(base64_encode(std::string("\xff\xfe", 2)) == "//4=");
}

TEST_CASE("The fingerprint is the Prusa firmware's: decimal id bytes, a space, the MAC, in base64") {
  const printcam::connect::MacAddress mac{0x24, 0x0A, 0xC4, 0x12, 0x34, 0x56};
  CHECK(format_mac(mac) == "24:0A:C4:12:34:56");
  // base64("3610196185286 24:0A:C4:12:34:56")
  CHECK(derive_fingerprint(mac, mac) == "MzYxMDE5NjE4NTI4NiAyNDowQTpDNDoxMjozNDo1Ng==");
}

TEST_CASE("Every fingerprint fits Connect's 16 to 64 characters") {
  const printcam::connect::MacAddress zeros{};
  const printcam::connect::MacAddress ones{255, 255, 255, 255, 255, 255};
  CHECK(derive_fingerprint(zeros, zeros).size() == 32);
  CHECK(derive_fingerprint(ones, ones).size() == 48);
}
