#include "catch2_compat.hpp"
#include "core/connect/device_info.hpp"
#include "core/connect/failure.hpp"
#include "core/connect/info_sync.hpp"

using namespace printcam::connect;

TEST_CASE("The info body carries name, firmware, model, resolution and network info") {
  DeviceInfo d;
  d.name = "Shelf \"cam\"";
  d.firmware = "0.1.0";
  d.manufacturer = "printcam";
  d.model = "AI Thinker ESP32-CAM";
  d.width = 800;
  d.height = 600;
  d.wifi_mac = "24:0A:C4:12:34:56";
  d.wifi_ipv4 = "192.168.1.70";
  d.wifi_ssid = "lab";
  CHECK(info_json(d) ==
        "{\"config\":{\"name\":\"Shelf \\\"cam\\\"\",\"firmware\":\"0.1.0\",\"manufacturer\":\"printcam\","
        "\"model\":\"AI Thinker ESP32-CAM\",\"resolution\":{\"width\":800,\"height\":600},"
        "\"network_info\":{\"wifi_mac\":\"24:0A:C4:12:34:56\",\"wifi_ipv4\":\"192.168.1.70\",\"wifi_ssid\":"
        "\"lab\"}}}");
}

TEST_CASE("The info body always has a 1 to 64 character name and drops unknown fields") {
  DeviceInfo d;
  CHECK(info_json(d) == "{\"config\":{\"name\":\"printcam\"}}");
  d.name = std::string(63, 'a') + "\xc3\xa9" + "zz";  // an 'é' straddles the limit
  const std::string json = info_json(d);
  CHECK(json == "{\"config\":{\"name\":\"" + std::string(63, 'a') + "\"}}");
}

TEST_CASE("Info is owed at start, after each reconnection until it succeeds, and when it changes") {
  InfoSync s;
  DeviceInfo d;
  d.name = "a";
  CHECK(s.owed(d));
  s.on_sent(d, false);
  CHECK(s.owed(d));
  s.on_sent(d, true);
  CHECK_FALSE(s.owed(d));
  s.on_reconnected();
  CHECK(s.owed(d));
  s.on_sent(d, true);
  CHECK_FALSE(s.owed(d));
  d.wifi_ipv4 = "10.0.0.2";
  CHECK(s.owed(d));
}

TEST_CASE("Each Connect answer and network failure has its own code and advice") {
  CHECK(classify_status(204) == Failure::kNone);
  CHECK(classify_status(200) == Failure::kNone);
  CHECK(failure_code(classify_status(400)) == "bad_request");
  CHECK(failure_code(classify_status(401)) == "unauthorized");
  CHECK(failure_code(classify_status(403)) == "forbidden");
  CHECK(failure_code(classify_status(404)) == "printer_offline");
  CHECK(failure_code(classify_status(413)) == "too_large");
  CHECK(failure_code(classify_status(429)) == "rate_limited");
  CHECK(failure_code(classify_status(500)) == "server_error");
  CHECK(failure_code(classify_status(503)) == "server_error");
  CHECK(failure_code(classify_status(302)) == "unexpected_status");
  CHECK(failure_code(classify_client_error(printcam::ports::HttpClientError::kDnsFailure)) == "dns_failure");
  CHECK(failure_code(classify_client_error(printcam::ports::HttpClientError::kConnectFailure)) ==
        "connect_failure");
  CHECK(failure_code(classify_client_error(printcam::ports::HttpClientError::kTimeout)) == "timeout");
  CHECK(failure_message(Failure::kPrinterOffline).find("printer is offline") != std::string_view::npos);
  CHECK(failure_message(Failure::kUnauthorized).find("token") != std::string_view::npos);
  CHECK(failure_message(Failure::kForbidden).find("token") != std::string_view::npos);
  CHECK(failure_message(Failure::kServerError).find("5xx") != std::string_view::npos);
  for (int f = 0; f <= static_cast<int>(Failure::kUnexpectedStatus); ++f) {
    CHECK(failure_code(static_cast<Failure>(f)) != "unknown");
    CHECK(failure_message(static_cast<Failure>(f)).size() > 5);
  }
}
