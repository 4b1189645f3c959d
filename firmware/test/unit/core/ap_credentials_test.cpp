#include "core/network/ap_credentials.hpp"

#include "catch2_compat.hpp"

using namespace printcam::network;

TEST_CASE("The AP SSID names the camera by its MAC's last three bytes") {
  CHECK(ap_ssid({0x24, 0x6F, 0x28, 0xA1, 0xB2, 0x0C}) == "printcam-a1b20c");
}

TEST_CASE("The AP password is 12 unambiguous characters, stable per board and different between boards") {
  const std::string a = ap_password({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
  const std::string b = ap_password({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17});
  CHECK(a.size() == 12);
  CHECK(a.find_first_of("01lo") == std::string::npos);
  CHECK(a == ap_password({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
  CHECK(a != b);
  CHECK(a != "12345678");
}

TEST_CASE("The AP password follows its documented scheme (vector computed independently in Python)") {
  CHECK(ap_password({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}) == "xu96ww9bije2");
}
