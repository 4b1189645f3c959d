// OTA on the file-backed slots: the bootloader's rollback rule, the streaming session, and power
// cuts at every stage. A new FileOtaSlots over the same folder is a boot.

#include <stdlib.h>

#include <string>

#include "catch2_compat.hpp"
#include "fakes/ota_helpers.hpp"
#include "fakes/temp_dir.hpp"

using namespace printcam;
using fakes::install;
using fakes::make_test_image;
using fakes::running_version;
using fakes::TestImageSpec;
using host::FileOtaSlots;
using ports::SlotState;

namespace {

std::string temp_dir() {
  return printcam::fakes::temp_dir("ota");
}

FileOtaSlots boot(const std::string& dir) {
  return fakes::boot_slots(dir);
}

}  // namespace

TEST_CASE("A fresh data folder boots slot 0, the built-in firmware, with nothing to confirm") {
  const std::string dir = temp_dir();
  FileOtaSlots slots = boot(dir);
  CHECK(slots.running_slot() == 0);
  CHECK(slots.state(0) == SlotState::kUnknown);
  CHECK_FALSE(slots.has_image(0));
  CHECK(running_version(slots) == "built-in");
  CHECK(slots.mark_running_valid().ok());
}

TEST_CASE("An update boots once pending, and stays once the app confirms it") {
  const std::string dir = temp_dir();
  {
    FileOtaSlots slots = boot(dir);
    REQUIRE(install(slots, fakes::test_image("2.0.0")).ok());
    CHECK(slots.running_slot() == 0);  // nothing changes before the reboot
    CHECK(slots.state(1) == SlotState::kNew);
  }
  {
    FileOtaSlots slots = boot(dir);
    CHECK(slots.running_slot() == 1);
    CHECK(slots.state(1) == SlotState::kPendingVerify);
    CHECK(running_version(slots) == "2.0.0");
    REQUIRE(slots.mark_running_valid().ok());
  }
  FileOtaSlots slots = boot(dir);
  CHECK(slots.running_slot() == 1);
  CHECK(slots.state(1) == SlotState::kValid);
}

TEST_CASE("An update the app never confirms is abandoned at the next boot") {
  const std::string dir = temp_dir();
  {
    FileOtaSlots slots = boot(dir);
    REQUIRE(install(slots, fakes::test_image("2.0.0")).ok());
  }
  CHECK(boot(dir).running_slot() == 1);  // booted, never confirmed
  FileOtaSlots after = boot(dir);
  CHECK(after.running_slot() == 0);
  CHECK(after.state(1) == SlotState::kAborted);
  CHECK(running_version(after) == "built-in");
}

TEST_CASE("rollback() marks the running update invalid and the next boot starts the previous one") {
  const std::string dir = temp_dir();
  {
    FileOtaSlots slots = boot(dir);
    REQUIRE(install(slots, fakes::test_image("2.0.0")).ok());
  }
  {
    FileOtaSlots slots = boot(dir);
    REQUIRE(slots.mark_running_valid().ok());
    REQUIRE(install(slots, fakes::test_image("3.0.0")).ok());
  }
  {
    FileOtaSlots slots = boot(dir);
    CHECK(running_version(slots) == "3.0.0");
    REQUIRE(slots.rollback().ok());
  }
  FileOtaSlots slots = boot(dir);
  CHECK(running_version(slots) == "2.0.0");
  CHECK(slots.state(0) == SlotState::kInvalid);
}

TEST_CASE("A refused image never erases the other slot, which keeps the previous firmware") {
  const std::string dir = temp_dir();
  {
    FileOtaSlots slots = boot(dir);
    REQUIRE(install(slots, fakes::test_image("2.0.0")).ok());
  }
  {
    FileOtaSlots slots = boot(dir);
    REQUIRE(slots.mark_running_valid().ok());
  }
  // Slot 1 runs 2.0.0; slot 0 is the built-in firmware. A wrong board's image must not touch it.
  FileOtaSlots slots = boot(dir);
  const auto wrong = make_test_image(TestImageSpec{"9.0.0", "esp32-s3-eye"});
  const ota::OtaOutcome o = install(slots, wrong);
  CHECK(o.code == "wrong_board");
  CHECK(o.http_status == 400);
  CHECK_FALSE(slots.has_image(0));
  CHECK(slots.bytes_written() == 0);
}

TEST_CASE("The platform's own check at finish refuses what the core missed, and nothing switches") {
  const std::string dir = temp_dir();
  // A platform stricter than the core: it refuses every image.
  FileOtaSlots slots(dir, fakes::kTestSlotSize, [](const std::vector<std::uint8_t>&) { return false; });
  const ota::OtaOutcome o = install(slots, fakes::test_image("2.0.0"));
  CHECK(o.code == "platform_rejected");
  CHECK(FileOtaSlots(dir, fakes::kTestSlotSize).running_slot() == 0);
}
