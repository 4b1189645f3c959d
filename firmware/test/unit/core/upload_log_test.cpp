// Upload attempts in the log: a failure once as a warning, its repeats at debug level, the
// recovery as information; the system.log_level setting decides what is kept.

#include "core/app/upload_log.hpp"

#include "catch2_compat.hpp"
#include "fakes/fake_clock.hpp"
#include "fakes/fake_device.hpp"

using namespace printcam;

namespace {

struct Rig {
  fakes::FakeClock clock;
  log::LogBuffer logs{clock, 8192};
  app::UploadLog journal{logs};
  connect::UploadStatus status;

  void attempt(connect::Failure failure, std::string detail = {}) {
    ++status.attempts;
    status.last_attempt.valid = true;
    status.last_attempt.failure = failure;
    status.last_attempt.detail = std::move(detail);
    status.last_attempt.http_status = failure == connect::Failure::kNone ? 204 : 0;
    status.last_attempt.bytes = 41000;
    journal.note(status);
  }
  std::vector<std::pair<log::Level, std::string>> lines() const {
    std::vector<std::pair<log::Level, std::string>> out;
    for (const log::Line& l : logs.since(0, 100)) out.emplace_back(l.level, l.msg);
    return out;
  }
};

int patch(fakes::FakeDevice& dev, const std::string& body) {
  fakes::FakeRequest req("PATCH", "/api/settings", body);
  req.with_header("Content-Type", "application/json");
  return dev.call(std::move(req)).status;
}

}  // namespace

TEST_CASE("A run of the same upload failure is one warning, with what to do, and then it is quiet") {
  Rig rig;
  rig.attempt(connect::Failure::kDnsFailure, "no such host");
  rig.attempt(connect::Failure::kDnsFailure, "no such host");
  rig.attempt(connect::Failure::kDnsFailure, "no such host");
  auto lines = rig.lines();
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].first == log::Level::kWarn);
  CHECK(lines[0].second.rfind("upload failed (dns_failure, no such host): ", 0) == 0);
  CHECK(lines[0].second.find(std::string(connect::failure_message(connect::Failure::kDnsFailure))) !=
        std::string::npos);
  // A different failure is news again.
  rig.attempt(connect::Failure::kPrinterOffline);
  lines = rig.lines();
  REQUIRE(lines.size() == 2);
  CHECK(lines[1].first == log::Level::kWarn);
  CHECK(lines[1].second.rfind("upload failed (printer_offline): ", 0) == 0);
}

TEST_CASE("Uploads working again are logged once and routine successes only at debug level") {
  Rig rig;
  rig.attempt(connect::Failure::kTimeout);
  rig.attempt(connect::Failure::kTimeout);
  rig.attempt(connect::Failure::kNone);
  rig.attempt(connect::Failure::kNone);
  auto lines = rig.lines();
  REQUIRE(lines.size() == 2);
  CHECK(lines[1] ==
        std::make_pair(log::Level::kInfo, std::string("upload: working again after 2 failed attempts")));
  rig.logs.set_threshold(log::Level::kDebug);
  rig.attempt(connect::Failure::kNone);
  lines = rig.lines();
  REQUIRE(lines.size() == 3);
  CHECK(lines[2].first == log::Level::kDebug);
  CHECK(lines[2].second == "upload: sent 41000 bytes in 0 ms (HTTP 204)");
}

TEST_CASE("An attempt already logged is not logged again") {
  Rig rig;
  rig.attempt(connect::Failure::kTimeout);
  rig.journal.note(rig.status);
  CHECK(rig.lines().size() == 1);
}

TEST_CASE("system.log_level decides what the camera's log keeps") {
  fakes::FakeDevice dev;
  REQUIRE(patch(dev, R"({"system.log_level":"error"})") == 200);
  const std::uint64_t before = dev.app.logs().next_seq();
  dev.app.logs().log(log::Level::kWarn, "a warning");
  dev.app.logs().log(log::Level::kError, "an error");
  const auto kept = dev.app.logs().since(before - 1, 10);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].msg == "an error");
  REQUIRE(patch(dev, R"({"system.log_level":"debug"})") == 200);
  CHECK(dev.app.logs().enabled(log::Level::kDebug));
}
