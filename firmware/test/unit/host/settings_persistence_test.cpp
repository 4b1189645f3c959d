// Settings on the file-backed store: power cuts at every byte, corrupt records, migrations and
// firmware upgrades. A new FileKvStore + SettingsStore over the same folder is a reboot.

#include <stdlib.h>

#include <fstream>
#include <string>

#include "catch2_compat.hpp"
#include "core/settings/settings_store.hpp"
#include "fakes/settings_helpers.hpp"
#include "fakes/temp_dir.hpp"
#include "platform/host/file_kv_store.hpp"

using namespace printcam;
using fakes::patch;
using host::FileKvStore;
using settings::PatchResult;
using settings::SettingsStore;

namespace {

std::string temp_dir() {
  return printcam::fakes::temp_dir("settings");
}

/// The values a freshly booted camera would have, from the folder alone.
std::string boot_values(const std::string& dir, settings::LoadReport* report = nullptr) {
  FileKvStore kv(dir);
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  const settings::LoadReport r = store.load();
  if (report) *report = r;
  return store.values_json();
}

void corrupt_byte(const std::string& file, std::size_t offset) {
  std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(static_cast<std::streamoff>(offset));
  char c = 0;
  f.get(c);
  f.seekp(static_cast<std::streamoff>(offset));
  f.put(static_cast<char>(c ^ 0x40));
}

std::string read_file(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_file(const std::string& file, const std::string& data) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << data;
}

void truncate_file(const std::string& file, std::size_t size) {
  write_file(file, read_file(file).substr(0, size));
}

}  // namespace

TEST_CASE("The file store keeps typed values, refuses bad names and reports missing keys") {
  FileKvStore kv(temp_dir());
  std::uint32_t n = 0;
  std::string s;
  CHECK(kv.get_u32("ns", "count", n).status == ports::KvStatus::kNotFound);
  REQUIRE(kv.set_u32("ns", "count", 0xA1B2C3D4).ok());
  REQUIRE(kv.set_string("ns", "name", "cam").ok());
  REQUIRE(kv.commit("ns").ok());
  CHECK(kv.get_u32("ns", "count", n).ok());
  CHECK(n == 0xA1B2C3D4);
  CHECK(kv.get_string("ns", "name", s).ok());
  CHECK(s == "cam");
  CHECK(kv.get_string("ns", "count", s).status == ports::KvStatus::kTypeMismatch);
  CHECK(kv.set_string("ns", "a_key_of_16_char", "x").status == ports::KvStatus::kInvalidName);
  CHECK(kv.set_string("../x", "k", "x").status == ports::KvStatus::kInvalidName);
  CHECK(kv.erase("ns", "name").ok());
  CHECK(kv.erase("ns", "name").status == ports::KvStatus::kNotFound);
}

TEST_CASE("A power cut mid-write leaves the new prefix over the old tail, and later writes are lost") {
  FileKvStore kv(temp_dir());
  REQUIRE(kv.set_string("ns", "k", "oldoldold").ok());
  kv.set_power_cut_after(4);  // the type byte and "new"
  kv.set_string("ns", "k", "newnewnew");
  kv.set_string("ns", "other", "x");
  CHECK(kv.power_cut());
  std::string s;
  REQUIRE(kv.get_string("ns", "k", s).ok());
  CHECK(s == "newoldold");
  CHECK(kv.get_string("ns", "other", s).status == ports::KvStatus::kNotFound);
}

TEST_CASE("A power cut at every byte of a settings write boots with exactly the old or the new settings") {
  // Two saves first, so both slots hold records and the cut write overwrites an older record.
  const std::string base = temp_dir();
  {
    FileKvStore kv(base);
    SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
    store.load();
    REQUIRE(patch(store, R"({"upload.interval_s": 40, "system.name": "first"})").status ==
            PatchResult::Status::kOk);
    REQUIRE(patch(store, R"({"upload.interval_s": 50, "system.name": "second"})").status ==
            PatchResult::Status::kOk);
  }
  const std::string old_values = boot_values(base);
  // Both records as they were before the cut write, restored before each attempt.
  const std::string a = base + "/settings/rec_a", b = base + "/settings/rec_b";
  const std::string a_bytes = read_file(a), b_bytes = read_file(b);
  const auto restore = [&] {
    write_file(a, a_bytes);
    write_file(b, b_bytes);
  };
  const std::string new_patch = R"({"upload.interval_s": 60, "system.name": "third", "camera.vflip": true})";
  // Measure the write once without a cut.
  std::size_t write_size = 0;
  {
    FileKvStore kv(base);
    SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
    store.load();
    REQUIRE(patch(store, new_patch).status == PatchResult::Status::kOk);
    write_size = kv.bytes_written();
  }
  const std::string new_values = boot_values(base);
  REQUIRE(write_size > 100);
  REQUIRE(new_values != old_values);
  for (std::size_t cut = 0; cut <= write_size; ++cut) {
    restore();
    {
      FileKvStore kv(base);
      SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
      store.load();
      kv.set_power_cut_after(cut);
      patch(store, new_patch);
      REQUIRE(kv.power_cut() == (cut < write_size));
    }
    settings::LoadReport report;
    const std::string after = boot_values(base, &report);
    INFO("cut after " << cut << " of " << write_size << " bytes");
    REQUIRE(report.from_storage);
    REQUIRE(after == (cut < write_size ? old_values : new_values));
  }
}

TEST_CASE("A corrupt or truncated newest record falls back to the older one, never to defaults") {
  const std::string dir = temp_dir();
  {
    FileKvStore kv(dir);
    SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
    store.load();
    REQUIRE(patch(store, R"({"upload.interval_s": 40})").status == PatchResult::Status::kOk);  // rec_a
    REQUIRE(patch(store, R"({"upload.interval_s": 50})").status == PatchResult::Status::kOk);  // rec_b
  }
  const std::string a = dir + "/settings/rec_a";
  const std::string b = dir + "/settings/rec_b";
  CHECK(boot_values(dir).find("\"upload.interval_s\":50") != std::string::npos);

  SECTION("a flipped payload byte") {
    corrupt_byte(b, 40);
    CHECK(boot_values(dir).find("\"upload.interval_s\":40") != std::string::npos);
  }
  SECTION("a flipped header byte (the sequence number)") {
    corrupt_byte(b, 1 + 8);
    CHECK(boot_values(dir).find("\"upload.interval_s\":40") != std::string::npos);
  }
  SECTION("a truncated record") {
    truncate_file(b, 30);
    CHECK(boot_values(dir).find("\"upload.interval_s\":40") != std::string::npos);
  }
  SECTION("both records corrupt: defaults, the only choice left") {
    corrupt_byte(a, 40);
    corrupt_byte(b, 40);
    settings::LoadReport report;
    CHECK(boot_values(dir, &report).find("\"upload.interval_s\":30") != std::string::npos);
    CHECK_FALSE(report.from_storage);
  }
}

namespace {
// A "version 1" firmware knew two settings, one under an older name; "version 2" renamed it and
// added a third. Both schemas are built here so the test does not depend on the real history.
constexpr settings::Descriptor kV1[] = {
    {"upload.refresh_s",
     settings::Type::kInt,
     10,
     240,
     1,
     30,
     {},
     nullptr,
     0,
     0,
     0,
     false,
     settings::Format::kNone,
     false,
     false,
     1},
    {"system.name", settings::Type::kString, 0, 0, 1, 0, "printcam", nullptr, 0, 1, 64, false,
     settings::Format::kNone, false, false, 1},
};
constexpr settings::Descriptor kV2[] = {
    {"upload.interval_s",
     settings::Type::kInt,
     10,
     240,
     1,
     30,
     {},
     nullptr,
     0,
     0,
     0,
     false,
     settings::Format::kNone,
     false,
     false,
     1},
    {"system.name", settings::Type::kString, 0, 0, 1, 0, "printcam", nullptr, 0, 1, 64, false,
     settings::Format::kNone, false, false, 1},
    {"stream.max_clients",
     settings::Type::kInt,
     1,
     8,
     1,
     4,
     {},
     nullptr,
     0,
     0,
     0,
     false,
     settings::Format::kNone,
     false,
     false,
     2},
};
void rename_refresh(json::Value& values) {
  settings::rename_key(values, "upload.refresh_s", "upload.interval_s");
}
}  // namespace

TEST_CASE("A version 1 record with an old key name migrates to version 2 with nothing lost") {
  const std::string dir = temp_dir();
  {
    FileKvStore kv(dir);
    const settings::Schema v1_schema{1, kV1, 2};
    settings::StoreOptions v1 = fakes::fast_options();
    v1.schema = &v1_schema;
    SettingsStore store(kv, fakes::counting_random, v1);
    store.load();
    REQUIRE(patch(store, R"({"upload.refresh_s": 75, "system.name": "garage"})").status ==
            PatchResult::Status::kOk);
  }
  FileKvStore kv(dir);
  const settings::Schema v2{2, kV2, 3};
  settings::StoreOptions options = fakes::fast_options();
  options.schema = &v2;
  options.migrations = {{1, &rename_refresh}};
  SettingsStore store(kv, fakes::counting_random, options);
  const settings::LoadReport report = store.load();
  CHECK(report.stored_version == 1);
  CHECK(report.migrations_run == 1);
  CHECK(report.dropped_keys.empty());
  CHECK(store.get_int("upload.interval_s") == 75);
  CHECK(store.get_string("system.name") == "garage");
  CHECK(store.get_int("stream.max_clients") == 4);
  // The next save writes version 2; a reboot reads it without migrating again.
  REQUIRE(patch(store, R"({"stream.max_clients": 2})").status == PatchResult::Status::kOk);
  SettingsStore again(kv, fakes::counting_random, options);
  const settings::LoadReport second = again.load();
  CHECK(second.stored_version == 2);
  CHECK(second.migrations_run == 0);
  CHECK(again.get_int("upload.interval_s") == 75);
}

TEST_CASE("Settings written by an older firmware with fewer settings load in the current firmware") {
  const std::string dir = temp_dir();
  {
    FileKvStore kv(dir);
    const settings::Schema subset{generated::kSettingsSchemaVersion, generated::kSettingDescriptors, 10};
    settings::StoreOptions old = fakes::fast_options();
    old.schema = &subset;
    SettingsStore store(kv, fakes::counting_random, old);
    store.load();
    REQUIRE(patch(store, R"({"camera.frame_size": "UXGA", "camera.brightness": -1})").status ==
            PatchResult::Status::kOk);
  }
  FileKvStore kv(dir);
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  const settings::LoadReport report = store.load();
  CHECK(report.from_storage);
  CHECK(report.reset_keys.empty());
  CHECK(store.get_string("camera.frame_size") == "UXGA");
  CHECK(store.get_int("camera.brightness") == -1);
  CHECK(store.get_int("upload.interval_s") == 30);
}

TEST_CASE("A stored value today's rules refuse goes back to its default, the rest is kept") {
  const std::string dir = temp_dir();
  {
    FileKvStore kv(dir);
    const std::string payload = R"({"upload.interval_s":5,"system.name":"kept","old.gone":1})";
    const auto bytes = settings::encode_record({1, generated::kSettingsSchemaVersion, payload});
    REQUIRE(kv.set_blob("settings", "rec_a", bytes.data(), bytes.size()).ok());
  }
  FileKvStore kv(dir);
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  const settings::LoadReport report = store.load();
  CHECK(report.reset_keys == std::vector<std::string>{"upload.interval_s"});
  CHECK(report.dropped_keys == std::vector<std::string>{"old.gone"});
  CHECK(store.get_int("upload.interval_s") == 30);
  CHECK(store.get_string("system.name") == "kept");
}
