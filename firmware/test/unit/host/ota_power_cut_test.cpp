// The issue's "done when": a power cut at any point of an update (erase, every write, the finish,
// the boot switch) or a corrupt image leaves a bootable slot with the old firmware, and the
// settings intact. Settings (FileKvStore) and slots (FileOtaSlots) share one data folder, as on
// the simulated camera; a new FileOtaSlots/FileKvStore over the folder is the reboot.

#include <stdlib.h>

#include <filesystem>
#include <set>
#include <string>

#include "catch2_compat.hpp"
#include "core/settings/settings_store.hpp"
#include "fakes/ota_helpers.hpp"
#include "fakes/settings_helpers.hpp"
#include "fakes/temp_dir.hpp"
#include "platform/host/file_kv_store.hpp"

using namespace printcam;
using fakes::boot_slots;
using fakes::install;
using fakes::running_version;
using fakes::test_image;
using host::FileOtaSlots;

namespace {

std::string temp_dir() {
  return printcam::fakes::temp_dir("otacut");
}

std::string settings_after_boot(const std::string& dir) {
  host::FileKvStore kv(dir);
  settings::SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  return store.values_json();
}

/// A camera running 1.0.0 from slot 1 (confirmed), with the built-in firmware's slot 0 free, and
/// changed settings. Returns the settings as they read after a boot.
std::string prepare(const std::string& dir) {
  {
    host::FileKvStore kv(dir);
    settings::SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
    store.load();
    const auto r = fakes::patch(store, R"({"camera.jpeg_quality":17,"camera.vflip":true})");
    REQUIRE(r.status == settings::PatchResult::Status::kOk);
    REQUIRE(r.changed.size() == 2);
  }
  {
    FileOtaSlots slots = boot_slots(dir);
    REQUIRE(install(slots, test_image("1.0.0")).ok());
  }
  {
    FileOtaSlots slots = boot_slots(dir);
    REQUIRE(slots.mark_running_valid().ok());
  }
  return settings_after_boot(dir);
}

void copy_dir(const std::string& from, const std::string& to) {
  std::filesystem::remove_all(to);
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

/// The invariant after any interruption: the next boot runs a good image, 1.0.0 unless the switch
/// to 2.0.0 completed; 2.0.0, unconfirmed, falls back to an intact 1.0.0 on the boot after.
/// Returns whether the interrupted update had switched.
bool check_recovers(const std::string& dir, const std::string& settings) {
  std::string first;
  {
    FileOtaSlots slots = boot_slots(dir);
    first = running_version(slots);
    REQUIRE((first == "1.0.0" || first == "2.0.0"));
  }
  FileOtaSlots again = boot_slots(dir);
  CHECK(running_version(again) == "1.0.0");
  CHECK(again.running_slot() == 1);
  CHECK(settings_after_boot(dir) == settings);
  return first == "2.0.0";
}

}  // namespace

TEST_CASE(
    "A power cut at any of 150+ points of an update leaves the old firmware bootable and the settings "
    "intact") {
  const std::string base = temp_dir();
  const std::string settings = prepare(base);
  const auto next = test_image("2.0.0");

  // One uncut run measures the bytes an update writes: erase, image, selector entry.
  std::size_t total = 0;
  {
    const std::string dir = base + "-full";
    copy_dir(base, dir);
    FileOtaSlots slots = boot_slots(dir);
    REQUIRE(install(slots, next).ok());
    total = slots.bytes_written();
    CHECK(check_recovers(dir, settings));
  }
  REQUIRE(total > next.size());

  // 150 points spread over the whole update, plus every byte of the erase, the first writes and
  // the boot-selector entry at the end, where the switch happens.
  std::set<std::size_t> points;
  for (std::size_t i = 0; i < 150; ++i) points.insert(i * total / 150);
  for (std::size_t i = 0; i < 24; ++i) points.insert(i);
  for (std::size_t i = 0; i <= 24; ++i) points.insert(total - i);
  REQUIRE(points.size() >= 150);

  const std::string dir = base + "-cut";
  std::size_t switched = 0;
  for (std::size_t cut : points) {
    INFO("power cut after " << cut << " of " << total << " bytes");
    copy_dir(base, dir);
    {
      FileOtaSlots slots = boot_slots(dir);
      slots.set_power_cut_after(cut);
      const bool ok = install(slots, next).ok();
      CHECK(ok == (cut >= total));
      CHECK(ok != slots.power_cut());
    }
    if (check_recovers(dir, settings)) ++switched;
  }
  // Only the cuts at or past the last byte of the selector entry switch.
  CHECK(switched == 1);
}

TEST_CASE("A corrupt image at any single byte is refused and the old firmware and settings stay") {
  const std::string base = temp_dir();
  const std::string settings = prepare(base);
  const auto good = test_image("2.0.0");
  const std::string dir = base + "-corrupt";
  for (std::size_t i = 0; i < 120; ++i) {
    const std::size_t at = i * good.size() / 120;
    INFO("byte " << at << " flipped");
    auto bad = good;
    bad[at] ^= 0x5A;
    copy_dir(base, dir);
    {
      FileOtaSlots slots = boot_slots(dir);
      const ota::OtaOutcome o = install(slots, bad);
      CHECK_FALSE(o.ok());
      CHECK_FALSE(o.reason.empty());
    }
    FileOtaSlots slots = boot_slots(dir);
    CHECK(running_version(slots) == "1.0.0");
    CHECK(settings_after_boot(dir) == settings);
  }
}
