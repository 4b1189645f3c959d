// The OTA manager over file-backed slots: one update at a time, progress, failures that say why,
// the health confirmation after a switch, and the uploader pausing meanwhile.

#include "core/ota/ota_manager.hpp"

#include <stdlib.h>

#include <memory>
#include <string>
#include <vector>

#include "catch2_compat.hpp"
#include "core/connect/uploader.hpp"
#include "core/ota/ota_download.hpp"
#include "fakes/fake_http_client.hpp"
#include "fakes/manual_clock.hpp"
#include "fakes/ota_helpers.hpp"
#include "fakes/temp_dir.hpp"

using namespace printcam;
using fakes::boot_slots;
using fakes::running_version;
using fakes::test_image;
using ota::HealthVerdict;
using ota::OtaManager;
using ota::OtaState;

namespace {

std::string temp_dir() {
  return printcam::fakes::temp_dir("otamgr");
}

struct Rig {
  std::string dir = temp_dir();
  fakes::ManualClock clock;
  bool healthy = false;
  int reboots = 0;
  std::unique_ptr<host::FileOtaSlots> slots = std::make_unique<host::FileOtaSlots>(boot_slots(dir));
  std::unique_ptr<OtaManager> manager = make();

  std::unique_ptr<OtaManager> make() {
    ota::OtaManagerConfig c;
    c.identity = fakes::test_camera();
    c.builtin_version = "0.1.0";
    c.reboot = [this] { ++reboots; };
    c.healthy = [this] { return healthy; };
    return std::make_unique<OtaManager>(*slots, clock, std::move(c));
  }
  /// Power-on of the same camera: new slots (the bootloader's pass) and a new manager.
  void reboot() {
    manager.reset();
    slots = std::make_unique<host::FileOtaSlots>(boot_slots(dir));
    manager = make();
  }
  ota::OtaOutcome upload(const std::vector<std::uint8_t>& img) {
    if (auto o = manager->begin("upload", img.size()); !o.ok()) return o;
    for (std::size_t at = 0; at < img.size(); at += 1000) {
      auto o = manager->write(img.data() + at, std::min<std::size_t>(1000, img.size() - at));
      if (!o.ok()) return o;
    }
    return manager->finish();
  }
};

}  // namespace

TEST_CASE("An upload moves through receiving and verifying to rebooting, and listeners see each state") {
  Rig rig;
  std::vector<std::string> states;
  std::size_t last_received = 0;
  rig.manager->add_listener([&](const ota::OtaStatus& s) {
    if (states.empty() || states.back() != ota::ota_state_name(s.state))
      states.push_back(ota::ota_state_name(s.state));
    last_received = s.received;
  });
  const auto img = test_image("2.0.0", 40000);
  REQUIRE(rig.upload(img).ok());
  CHECK(states == std::vector<std::string>{"receiving", "verifying", "rebooting"});
  CHECK(last_received == img.size());
  CHECK(rig.manager->status().version == "2.0.0");
  CHECK(rig.manager->active());
  rig.manager->reboot();
  CHECK(rig.reboots == 1);
}

TEST_CASE("Only one update runs at a time: a second one gets 409") {
  Rig rig;
  REQUIRE(rig.manager->begin("upload", 6000).ok());
  const ota::OtaOutcome second = rig.manager->begin("upload", 6000);
  CHECK(second.http_status == 409);
  CHECK(second.code == "ota_in_progress");
  fakes::FakeHttpClient http;
  ota::OtaDownloader downloader(*rig.manager, http, fakes::kTestBoard, "ESP32");
  ota::DownloadRequest request;
  request.url = "http://127.0.0.1:9/a.bin";
  CHECK(downloader.start(request).http_status == 409);
  CHECK(http.sent.empty());
}

TEST_CASE("A refused image leaves the state failed with the reason, and the next update may start") {
  Rig rig;
  auto bad = test_image("2.0.0");
  bad[0] = 0x00;
  const ota::OtaOutcome o = rig.upload(bad);
  CHECK(o.code == "bad_magic");
  CHECK(rig.manager->status().state == OtaState::kFailed);
  CHECK_FALSE(rig.manager->active());
  CHECK(rig.manager->status_json().find("\"code\":\"bad_magic\"") != std::string::npos);
  CHECK(rig.upload(test_image("2.0.0")).ok());
}

TEST_CASE("A file larger than the slot is refused with 413 before any byte is read") {
  Rig rig;
  const ota::OtaOutcome o = rig.manager->begin("upload", fakes::kTestSlotSize + 1);
  CHECK(o.http_status == 413);
  CHECK(o.code == "image_too_large");
  CHECK(rig.slots->bytes_written() == 0);
}

TEST_CASE("The new firmware is confirmed once healthy, and no update starts before that") {
  Rig rig;
  REQUIRE(rig.upload(test_image("2.0.0")).ok());
  rig.reboot();
  CHECK(rig.manager->running_version() == "2.0.0");
  CHECK(rig.manager->check_health() == HealthVerdict::kWaiting);
  CHECK(rig.manager->begin("upload", 6000).code == "health_check_pending");
  rig.clock.advance(OtaManager::kHealthDeadlineMs / 2);
  rig.healthy = true;
  CHECK(rig.manager->check_health() == HealthVerdict::kConfirmed);
  CHECK(rig.slots->state(rig.slots->running_slot()) == ports::SlotState::kValid);
  CHECK(rig.manager->check_health() == HealthVerdict::kNothingPending);
  rig.reboot();
  CHECK(rig.manager->running_version() == "2.0.0");
  CHECK(rig.reboots == 0);
}

TEST_CASE("A new firmware that is not healthy by the deadline is rolled back with a reboot") {
  Rig rig;
  REQUIRE(rig.upload(test_image("2.0.0")).ok());
  rig.reboot();
  rig.clock.advance(OtaManager::kHealthDeadlineMs - 1);
  CHECK(rig.manager->check_health() == HealthVerdict::kWaiting);
  rig.clock.advance(1);
  CHECK(rig.manager->check_health() == HealthVerdict::kRolledBack);
  CHECK(rig.reboots == 1);
  rig.reboot();
  CHECK(rig.manager->running_version() == "0.1.0");
  CHECK(rig.manager->check_health() == HealthVerdict::kNothingPending);
  CHECK(rig.manager->status_json().find("\"previous\":{\"slot\":1,\"version\":\"2.0.0\"}") !=
        std::string::npos);
}

TEST_CASE("The uploader pauses while an update is received and resumes after it failed") {
  Rig rig;
  fakes::FakeHttpClient http;
  connect::UploaderInputs in;
  in.config = [] { return connect::UploaderConfig{true, 30, "http://127.0.0.1:9/", "T0nSPU2v05v0pJeKYFYV"}; };
  auto frame = std::make_shared<std::vector<std::uint8_t>>(100, 0xAB);
  in.capture = [frame] { return connect::SharedBytes{frame, frame->data(), frame->size()}; };
  in.photo_saved = [](const connect::SharedBytes&) {};
  in.device_info = [] { return connect::DeviceInfo{}; };
  in.network_up = [] { return true; };
  in.ota_active = [&rig] { return rig.manager->active(); };
  connect::Uploader uploader{http, rig.clock, in, "ZmluZ2VycHJpbnQxMjM0NQ==", [] { return 0u; }};

  REQUIRE(rig.manager->begin("upload", 6000).ok());
  uploader.step();
  CHECK(uploader.status().state == "paused_ota");
  CHECK(http.sent.empty());
  rig.manager->fail("upload_interrupted", "The upload broke off.");
  uploader.step();
  CHECK(uploader.status().state != "paused_ota");
  CHECK_FALSE(http.sent.empty());
}
