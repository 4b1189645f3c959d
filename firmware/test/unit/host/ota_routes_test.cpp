// The OTA routes and the URL downloader, with fake HTTP on both sides and file-backed slots.

#include "core/ota/ota_routes.hpp"

#include <stdlib.h>

#include <string>

#include "catch2_compat.hpp"
#include "core/crypto/sha256.hpp"
#include "core/http/access_policy.hpp"
#include "fakes/fake_http.hpp"
#include "fakes/fake_http_client.hpp"
#include "fakes/manual_clock.hpp"
#include "fakes/ota_helpers.hpp"
#include "fakes/temp_dir.hpp"

using namespace printcam;
using fakes::FakeRequest;
using fakes::FakeResponse;

namespace {

std::string temp_dir() {
  return printcam::fakes::temp_dir("otaroutes");
}

std::string bytes(const std::vector<std::uint8_t>& v) {
  return std::string(v.begin(), v.end());
}

std::string hex(const crypto::Digest& d) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : d) out += {digits[b >> 4], digits[b & 15]};
  return out;
}

struct Rig {
  std::string dir = temp_dir();
  fakes::ManualClock clock;
  host::FileOtaSlots slots = fakes::boot_slots(dir);
  int reboots = 0;
  ota::OtaManager manager{slots, clock, config()};
  fakes::FakeHttpClient http;
  ota::OtaDownloader downloader{manager, http, fakes::kTestBoard, "ESP32"};
  http::OpenAccess open_access;
  http::Router router{open_access};

  Rig() { ota::register_ota_routes(router, manager, downloader); }
  ota::OtaManagerConfig config() {
    ota::OtaManagerConfig c;
    c.identity = fakes::test_camera();
    c.builtin_version = "0.1.0";
    c.reboot = [this] { ++reboots; };
    return c;
  }
  FakeResponse call(FakeRequest req) {
    FakeResponse res;
    router.handle(req, res);
    return res;
  }
};

}  // namespace

TEST_CASE("POST /api/ota installs a streamed image, answers 200 with its version, then reboots") {
  Rig rig;
  const auto res = rig.call(FakeRequest("POST", "/api/ota", bytes(fakes::test_image("3.1.0")))
                                .with_header("Content-Length", "6000"));
  CHECK(res.status == 200);
  CHECK(res.body == R"({"version":"3.1.0","rebooting":true})");
  CHECK(rig.reboots == 1);
  CHECK(fakes::running_version(fakes::boot_slots(rig.dir)) == "3.1.0");
}

TEST_CASE(
    "POST /api/ota needs a Content-Length, refuses an oversize file with 413 and a bad image with 400") {
  Rig rig;
  CHECK(rig.call(FakeRequest("POST", "/api/ota", "x")).status == 411);
  const std::string big(fakes::kTestSlotSize + 16, 'x');
  const auto too_big = rig.call(FakeRequest("POST", "/api/ota", big).with_header("Content-Length", "1"));
  CHECK(too_big.status == 413);
  CHECK(too_big.body.find("image_too_large") != std::string::npos);
  const auto bad =
      rig.call(FakeRequest("POST", "/api/ota", std::string(5000, 'x')).with_header("Content-Length", "1"));
  CHECK(bad.status == 400);
  CHECK(bad.body.find("\"code\":\"bad_magic\"") != std::string::npos);
  CHECK(rig.reboots == 0);
  CHECK(rig.call(FakeRequest("GET", "/api/ota")).body.find("\"state\":\"failed\"") != std::string::npos);
}

TEST_CASE("POST /api/ota/url validates its body") {
  Rig rig;
  CHECK(rig.call(FakeRequest("POST", "/api/ota/url", "{")).status == 400);
  CHECK(rig.call(FakeRequest("POST", "/api/ota/url", "{}")).status == 400);
  CHECK(
      rig.call(FakeRequest("POST", "/api/ota/url", R"({"url":"ftp://x/a.bin"})")).body.find("invalid_url") !=
      std::string::npos);
  CHECK(rig.call(FakeRequest("POST", "/api/ota/url", R"({"url":"http://h/a.bin","sha256":"12"})")).status ==
        400);
  CHECK(rig.call(FakeRequest("POST", "/api/ota/url", R"({"url":"http://h/a","manifest":"http://h/m"})"))
            .status == 400);
  CHECK(rig.http.sent.empty());
}

TEST_CASE("OTA from a manifest fetches it, then the app image beside it, checks the SHA-256 and reboots") {
  Rig rig;
  const auto img = fakes::test_image("4.0.0");
  const std::string sha = hex(crypto::sha256(bytes(img)));
  const std::string manifest =
      R"({"name":"p","version":"4.0.0","board":"ai-thinker-esp32-cam","builds":[)"
      R"({"chipFamily":"ESP32","app":{"path":"app.bin","offset":65536,"size":6000,"sha256":")" +
      sha + R"("}}]})";
  rig.http.script.push_back({200});
  rig.http.script.push_back({200});
  rig.http.bodies = {manifest, bytes(img)};
  const auto res =
      rig.call(FakeRequest("POST", "/api/ota/url", R"({"manifest":"http://127.0.0.1:9/r/m.json"})"));
  CHECK(res.status == 202);
  rig.downloader.join();
  REQUIRE(rig.http.sent.size() == 2);
  CHECK(rig.http.sent[1].url == "http://127.0.0.1:9/r/app.bin");
  CHECK(rig.reboots == 1);
  CHECK(fakes::running_version(fakes::boot_slots(rig.dir)) == "4.0.0");
}

TEST_CASE("A download answered 404 or with another SHA-256 fails with the reason and installs nothing") {
  Rig rig;
  rig.http.script.push_back({404});
  CHECK(rig.call(FakeRequest("POST", "/api/ota/url", R"({"url":"http://127.0.0.1:9/a.bin"})")).status == 202);
  rig.downloader.join();
  CHECK(rig.manager.status().error_code == "download_failed");
  CHECK(rig.manager.status().error_message.find("404") != std::string::npos);

  rig.http.script.push_back({200});
  rig.http.bodies = {bytes(fakes::test_image("5.0.0"))};
  const std::string body =
      R"({"url":"http://127.0.0.1:9/a.bin","size":6000,"sha256":")" + std::string(64, 'a') + "\"}";
  CHECK(rig.call(FakeRequest("POST", "/api/ota/url", body)).status == 202);
  rig.downloader.join();
  CHECK(rig.manager.status().error_code == "sha256_mismatch");
  CHECK(rig.reboots == 0);
  CHECK(fakes::running_version(fakes::boot_slots(rig.dir)) == "built-in");
}
