#include "catch2_compat.hpp"
#include "fakes/fake_device.hpp"

using printcam::fakes::FakeDevice;
using printcam::fakes::FakeRequest;
using printcam::log::Level;
using printcam::ports::StationStatus;
using printcam::ports::WifiMode;

TEST_CASE("GET /api/info describes the firmware and the chip") {
  FakeDevice d;
  d.app.status().info_sections().add("board", [](std::string& out) { out += R"({"id":"ai-thinker"})"; });
  const auto res = d.call(FakeRequest("GET", "/api/info"));
  CHECK(res.status == 200);
  CHECK(res.header("Content-Type") == "application/json");
  CHECK(
      res.body ==
      R"({"api":1,"firmware":{"name":"printcam","version":"1.2.3","build":"test build"},"chip":"ESP32",)"
      R"("mac":"24:6f:28:3f:2a:1c","name":"printcam","hostname":"printcam-3f2a1c","reset_reason":"power_on",)"
      R"("capabilities":["logs","events","wifi_scan","settings","stream","snapshot","connect"],)"
      R"("sensor":{"model":"FAKE","frame_sizes":["QVGA","VGA"]},"board":{"id":"ai-thinker"}})");
}

TEST_CASE("GET /api/status aggregates uptime heap Wi-Fi time and registered sections") {
  FakeDevice d;
  d.clock.advance_ms(61000);
  d.clock.set_unix_time(1700000000);
  d.network.wifi.mode = WifiMode::kAccessPointAndStation;
  d.network.wifi.station = StationStatus::kConnected;
  d.network.wifi.ssid = "Home \"5G\"";
  d.network.wifi.rssi = -61;
  d.network.wifi.ip = "192.168.1.20";
  d.network.wifi.ap_active = true;
  d.network.wifi.ap_ssid = "printcam-setup";
  d.network.wifi.ap_ip = "192.168.4.1";
  d.network.wifi.ap_clients = 1;
  d.app.status().status_sections().add("extra", [](std::string& out) { out += R"({"x":0})"; });
  const auto res = d.call(FakeRequest("GET", "/api/status"));
  CHECK(res.status == 200);
  const std::string fixed =
      R"({"uptime_s":62,"heap":{"free":200000,"min_free":150000},"wifi":{"mode":"ap+sta","status":"connected",)"
      R"("connected":true,"ssid":"Home \"5G\"","rssi":-61,"ip":"192.168.1.20","ap":{"active":true,)"
      R"("ssid":"printcam-setup","ip":"192.168.4.1","clients":1}},"time":{"synced":true,"now":1700000000,"utc_offset_s":0,"zone":"UTC","dst":false,)"
      R"("local":"2023-11-14T22:13:20+00:00"},)";
  CHECK(res.body.substr(0, fixed.size()) == fixed);
  // The services' own sections follow, in the order they registered, then the test's.
  const auto upload = res.body.find(R"("upload":{"state":"disabled")");
  const auto stream = res.body.find(R"("stream":{"clients":0,"max_clients":4)");
  CHECK(upload != std::string::npos);
  CHECK(stream > upload);
  // No card in the fake: the SD card's section says so, and nothing was attempted.
  const auto storage =
      res.body.find(R"("storage":{"present":false,"free_bytes":null,"enabled":false,"saved":0,"failed":0,)");
  CHECK(storage != std::string::npos);
  CHECK(storage > stream);
  CHECK(res.body.substr(res.body.size() - 16) == R"("extra":{"x":0}})");
}

TEST_CASE("GET /api/status shows local time in the saved zone from the next call on") {
  FakeDevice d;
  d.clock.set_unix_time(1782907200);  // 2026-07-01 12:00 UTC
  FakeRequest patch("PATCH", "/api/settings", R"({"system.timezone":"CET-1CEST,M3.5.0,M10.5.0/3"})");
  REQUIRE(d.call(std::move(patch.with_header("Content-Type", "application/json"))).status == 200);
  const auto summer = d.call(FakeRequest("GET", "/api/status")).body;
  CHECK(summer.find(R"("time":{"synced":true,"now":1782907200,"utc_offset_s":7200,"zone":"CEST","dst":true,)"
                    R"("local":"2026-07-01T14:00:00+02:00"})") != std::string::npos);
  d.clock.set_unix_time(1768478400);  // 2026-01-15 12:00 UTC
  const auto winter = d.call(FakeRequest("GET", "/api/status")).body;
  CHECK(winter.find(R"("utc_offset_s":3600,"zone":"CET","dst":false,"local":"2026-01-15T13:00:00+01:00")") !=
        std::string::npos);
}

TEST_CASE("GET /api/status leaves local time null until the clock is synced") {
  FakeDevice d;
  d.clock.set_unix_time(0);
  const auto body = d.call(FakeRequest("GET", "/api/status")).body;
  CHECK(body.find(
            R"("time":{"synced":false,"now":0,"utc_offset_s":null,"zone":null,"dst":null,"local":null})") !=
        std::string::npos);
}

TEST_CASE("GET /api/wifi/scan lists named networks strongest first with mesh duplicates merged") {
  FakeDevice d;
  d.network.networks = {
      {"Mesh", -80, true, 1}, {"", -40, true, 6}, {"Cafe", -70, false, 11}, {"Mesh", -50, true, 6}};
  const auto res = d.call(FakeRequest("GET", "/api/wifi/scan"));
  CHECK(res.status == 200);
  CHECK(res.body == R"({"networks":[{"ssid":"Mesh","rssi":-50,"secure":true,"channel":6},)"
                    R"({"ssid":"Cafe","rssi":-70,"secure":false,"channel":11}]})");
}

TEST_CASE("POST /api/reboot answers 202 before it asks the platform to restart") {
  FakeDevice d;
  const auto res = d.call(FakeRequest("POST", "/api/reboot"));
  CHECK(res.status == 202);
  CHECK(res.sends == 1);
  CHECK(d.system.reboots == 1);
  CHECK(d.call(FakeRequest("GET", "/api/reboot")).status == 405);
}

TEST_CASE("GET /api/logs pages through the log with the since cursor") {
  FakeDevice d;
  d.app.logs().log(Level::kWarn, "first");
  d.app.logs().log(Level::kError, "second");
  const auto all = d.call(FakeRequest("GET", "/api/logs"));
  CHECK(all.status == 200);
  CHECK(all.body.find("\"msg\":\"first\"") != std::string::npos);
  // Two lines come from the boot (settings loaded, firmware started): these are 3 and 4.
  CHECK(all.body.find("\"next\":4,\"missed\":false") != std::string::npos);
  const auto newer = d.call(FakeRequest("GET", "/api/logs?since=3"));
  CHECK(newer.body.find("first") == std::string::npos);
  CHECK(newer.body.find("\"level\":\"error\",\"msg\":\"second\"") != std::string::npos);
  const auto none = d.call(FakeRequest("GET", "/api/logs?since=4"));
  CHECK(none.body == R"({"lines":[],"next":4,"missed":false})");
  for (const char* bad : {"/api/logs?since=-1", "/api/logs?since=abc", "/api/logs?since=%zz",
                          "/api/logs?since=99999999999999999999999"}) {
    INFO(bad);
    const auto res = d.call(FakeRequest("GET", bad));
    CHECK(res.status == 400);
  }
}
