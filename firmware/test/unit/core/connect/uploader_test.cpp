#include "core/connect/uploader.hpp"

#include <memory>
#include <vector>

#include "catch2_compat.hpp"
#include "fakes/fake_http_client.hpp"
#include "fakes/manual_clock.hpp"

using namespace printcam::connect;
using printcam::fakes::FakeHttpClient;
using printcam::fakes::ManualClock;
using printcam::ports::HttpClientError;

namespace {

constexpr const char* kToken = "T0nSPU2v05v0pJeKYFYV";

struct Rig {
  FakeHttpClient http;
  ManualClock clock;
  UploaderConfig config{true, 30, "http://127.0.0.1:9/", kToken};
  DeviceInfo info;
  bool network = true;
  bool ota = false;
  bool have_frame = true;
  int saved = 0;
  std::shared_ptr<std::vector<std::uint8_t>> frame = std::make_shared<std::vector<std::uint8_t>>(5000, 0xAB);
  Uploader uploader{http, clock, inputs(), "ZmluZ2VycHJpbnQxMjM0NQ==", [] { return 0u; }};

  UploaderInputs inputs() {
    info.name = "cam";
    UploaderInputs in;
    in.config = [this] { return config; };
    in.capture = [this] {
      if (!have_frame) return SharedBytes{};
      return SharedBytes{frame, frame->data(), frame->size()};
    };
    in.photo_saved = [this](const SharedBytes&) { ++saved; };
    in.device_info = [this] { return info; };
    in.network_up = [this] { return network; };
    in.ota_active = [this] { return ota; };
    return in;
  }
  /// Steps until the clock reaches `until_ms`, jumping to each time step() asks for.
  void run_until(std::uint64_t until_ms) {
    while (clock.monotonic_ms() < until_ms) {
      const std::uint64_t next = uploader.step();
      if (next > clock.monotonic_ms()) clock.advance(std::min(next, until_ms) - clock.monotonic_ms());
    }
  }
};

}  // namespace

TEST_CASE("The first cycle sends /c/info, then the snapshot, and saves the accepted photo") {
  Rig rig;
  rig.uploader.step();
  REQUIRE(rig.http.sent.size() == 2);
  CHECK(rig.http.sent[0].url == "http://127.0.0.1:9/c/info");
  CHECK(rig.http.sent[0].header("Content-Type") == "application/json");
  CHECK(rig.http.sent[0].body == "{\"config\":{\"name\":\"cam\"}}");
  CHECK(rig.http.sent[1].url == "http://127.0.0.1:9/c/snapshot");
  CHECK(rig.http.sent[1].body.size() == 5000);
  CHECK(rig.saved == 1);
  const UploadStatus s = rig.uploader.status();
  CHECK(s.state == "waiting");
  CHECK(s.successes == 1);
  CHECK(s.info.sent == 1);
  CHECK_FALSE(s.info.pending);
  CHECK(s.last_success.valid);
}

TEST_CASE("Snapshots follow the interval and info is not resent while nothing changed") {
  Rig rig;
  rig.run_until(95'000);  // t = 0, 30, 60, 90 s
  CHECK(rig.http.count_to("/c/snapshot") == 4);
  CHECK(rig.http.count_to("/c/info") == 1);
}

TEST_CASE("Snapshots reach Connect an interval apart even when /c/info went first") {
  Rig rig;
  rig.config.interval_s = 10;  // Connect's floor: a snapshot sooner than 10 s after the last is refused
  std::vector<std::uint64_t> snapshot_sent_ms;
  rig.http.on_open = [&rig, &snapshot_sent_ms] {
    rig.clock.advance(700);  // every request spends 0.7 s on a slow link
    if (rig.http.sent.back().url.find("/c/snapshot") != std::string::npos) {
      snapshot_sent_ms.push_back(rig.clock.monotonic_ms());
    }
  };
  rig.run_until(35'000);
  REQUIRE(snapshot_sent_ms.size() >= 3);
  for (std::size_t i = 1; i < snapshot_sent_ms.size(); ++i) {
    CHECK(snapshot_sent_ms[i] - snapshot_sent_ms[i - 1] >= 10'000);
  }
}

TEST_CASE("Info is sent again after a reconnection and after a change, before the next snapshot") {
  Rig rig;
  rig.run_until(1'000);
  rig.network = false;
  rig.run_until(5'000);
  rig.network = true;
  rig.run_until(31'000);
  CHECK(rig.http.count_to("/c/info") == 2);
  rig.info.wifi_ipv4 = "10.0.0.9";
  rig.run_until(61'000);
  CHECK(rig.http.count_to("/c/info") == 3);
  CHECK(rig.http.sent.back().url.find("/c/snapshot") != std::string::npos);
}

TEST_CASE("A failed info PUT is retried each cycle until it succeeds, without blocking snapshots") {
  Rig rig;
  rig.http.script.push_back({503});  // info
  rig.http.script.push_back({204});  // snapshot
  rig.run_until(31'000);
  CHECK(rig.http.count_to("/c/info") == 2);
  CHECK(rig.http.count_to("/c/snapshot") == 2);
  const UploadStatus s = rig.uploader.status();
  CHECK(s.info.failures == 1);
  CHECK(s.info.sent == 1);
  CHECK(s.successes == 2);
}

TEST_CASE("Failures are counted by kind, back off, and never retry faster than 10 s") {
  Rig rig;
  rig.config.interval_s = 10;
  rig.http.script.push_back({200});  // info
  for (int i = 0; i < 3; ++i) rig.http.script.push_back({503});
  rig.http.script.push_back({0, HttpClientError::kOk, HttpClientError::kOk, HttpClientError::kTimeout});
  rig.run_until(200'000);
  const UploadStatus s = rig.uploader.status();
  CHECK(s.failures == 4);
  CHECK(s.failures_by_kind[static_cast<std::size_t>(Failure::kServerError)] == 3);
  CHECK(s.failures_by_kind[static_cast<std::size_t>(Failure::kTimeout)] == 1);
  CHECK(s.consecutive_failures == 0);
  CHECK(s.last_attempt.failure == Failure::kNone);  // uploads resumed
  // Backoff after 1..4 failures at a 10 s interval waits 10, 20, 40, 80 s: attempts at 0, 10, 30, 70
  // and 150 (the success), then every 10 s: 160, 170, 180, 190.
  CHECK(rig.http.count_to("/c/snapshot") == 9);
}

TEST_CASE("Upload now runs at once when the floor allows and waits for it otherwise") {
  Rig rig;
  rig.config.interval_s = 240;
  rig.run_until(1'000);
  CHECK(rig.uploader.request_upload().accepted);
  rig.run_until(9'000);
  CHECK(rig.http.count_to("/c/snapshot") == 1);
  rig.run_until(10'500);
  CHECK(rig.http.count_to("/c/snapshot") == 2);
}

TEST_CASE("Nothing is uploaded while disabled, unconfigured, offline or during OTA") {
  Rig rig;
  rig.config.enabled = false;
  rig.run_until(20'000);
  CHECK(rig.uploader.status().state == "disabled");
  CHECK(rig.uploader.request_upload().code == "upload_disabled");
  rig.config.enabled = true;
  rig.config.token = "short";
  rig.run_until(40'000);
  CHECK(rig.uploader.status().state == "not_configured");
  CHECK(rig.uploader.status().problem.find("20 letters") != std::string::npos);
  CHECK(rig.uploader.request_upload().code == "upload_not_configured");
  rig.config.token = kToken;
  rig.ota = true;
  rig.run_until(60'000);
  CHECK(rig.uploader.status().state == "paused_ota");
  rig.ota = false;
  rig.network = false;
  rig.run_until(80'000);
  CHECK(rig.uploader.status().state == "offline");
  CHECK(rig.http.sent.empty());
  rig.network = true;
  rig.run_until(81'000);
  CHECK(rig.http.count_to("/c/snapshot") == 1);
}

TEST_CASE("OTA started between snapshots holds the next one until it ends") {
  Rig rig;
  rig.run_until(1'000);
  rig.ota = true;
  rig.run_until(100'000);
  CHECK(rig.http.count_to("/c/snapshot") == 1);
  rig.ota = false;
  rig.run_until(101'000);
  CHECK(rig.http.count_to("/c/snapshot") == 2);
}

TEST_CASE("A missing frame is a surfaced failure, not a crash") {
  Rig rig;
  rig.have_frame = false;
  rig.uploader.step();
  const UploadStatus s = rig.uploader.status();
  CHECK(s.failures == 1);
  CHECK(s.last_attempt.failure == Failure::kNoFrame);
  CHECK(rig.http.count_to("/c/snapshot") == 0);
  CHECK(rig.saved == 0);
}

TEST_CASE("The status JSON explains the last failure and counts by code") {
  Rig rig;
  rig.clock.set_unix_base(1'700'000'000);
  rig.http.script.push_back({200});
  rig.http.script.push_back({404});
  rig.uploader.step();
  const std::string json = upload_status_json(rig.uploader.status(), rig.clock.monotonic_ms());
  CHECK(json.find("\"state\":\"waiting\"") != std::string::npos);
  CHECK(json.find("\"code\":\"printer_offline\"") != std::string::npos);
  CHECK(json.find("\"http_status\":404") != std::string::npos);
  CHECK(json.find("\"at\":1700000000") != std::string::npos);
  CHECK(json.find("\"by_code\":{\"printer_offline\":1}") != std::string::npos);
  CHECK(json.find("\"last_success\":null") != std::string::npos);
  CHECK(json.find("\"next_attempt_in_s\":") != std::string::npos);
  CHECK(json.find(kToken) == std::string::npos);  // the token is a secret
}
