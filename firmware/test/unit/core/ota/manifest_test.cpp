// The release manifest reader for OTA from a URL.

#include "core/ota/manifest.hpp"

#include <string>

#include "catch2_compat.hpp"

using namespace printcam;

namespace {

const std::string kSha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

std::string manifest(const std::string& board = "ai-thinker-esp32-cam", const std::string& family = "ESP32",
                     const std::string& path = "printcam-app.bin") {
  return R"({"name":"printcam","version":"1.4.0","board":")" + board +
         R"(","boardName":"x","new_install_prompt_erase":true,"builds":[{"chipFamily":")" + family +
         R"(","parts":[{"path":"f.bin","offset":0,"sha256":")" + kSha + R"(","size":9}],"app":{"path":")" +
         path + R"(","offset":65536,"sha256":")" + kSha + R"(","size":123456}}]})";
}

}  // namespace

TEST_CASE("A manifest for this board gives the app part's URL beside the manifest, size and SHA-256") {
  std::string error;
  const auto app = ota::read_manifest(manifest(), "http://127.0.0.1:8000/releases/1.4.0/manifest.json?x=1",
                                      "ai-thinker-esp32-cam", "ESP32", error);
  REQUIRE(app);
  CHECK(app->url == "http://127.0.0.1:8000/releases/1.4.0/printcam-app.bin");
  CHECK(app->size == 123456);
  CHECK(app->version == "1.4.0");
  CHECK(app->sha256[0] == 0x01);
  CHECK(app->sha256[31] == 0xef);
}

TEST_CASE(
    "A manifest for another board, another chip, or with a path that climbs out is refused with a reason") {
  std::string error;
  CHECK_FALSE(ota::read_manifest(manifest("esp32-s3-eye"), "http://h/m.json", "ai-thinker-esp32-cam", "ESP32",
                                 error));
  CHECK(error.find("esp32-s3-eye") != std::string::npos);
  CHECK_FALSE(ota::read_manifest(manifest("ai-thinker-esp32-cam", "ESP32-S3"), "http://h/m.json",
                                 "ai-thinker-esp32-cam", "ESP32", error));
  CHECK(error.find("no build for ESP32") != std::string::npos);
  CHECK_FALSE(ota::read_manifest(manifest("ai-thinker-esp32-cam", "ESP32", "../x.bin"), "http://h/m.json",
                                 "ai-thinker-esp32-cam", "ESP32", error));
  CHECK_FALSE(ota::read_manifest("{\"board\":1}", "http://h/m.json", "b", "ESP32", error));
  CHECK_FALSE(ota::read_manifest("not json", "http://h/m.json", "b", "ESP32", error));
  CHECK(error.find("not valid JSON") != std::string::npos);
}

TEST_CASE("SHA-256 hex parsing takes exactly 64 hex digits") {
  CHECK(ota::parse_sha256_hex(kSha));
  CHECK(ota::parse_sha256_hex("ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
  CHECK_FALSE(ota::parse_sha256_hex(kSha.substr(1)));
  CHECK_FALSE(ota::parse_sha256_hex(kSha.substr(1) + "g"));
}
