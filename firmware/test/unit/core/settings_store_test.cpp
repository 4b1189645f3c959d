#include "core/settings/settings_store.hpp"

#include <string>

#include "catch2_compat.hpp"
#include "fakes/fake_kv_store.hpp"
#include "fakes/settings_helpers.hpp"

using namespace printcam;
using fakes::patch;
using settings::PatchResult;
using settings::SettingsStore;

namespace {
bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}
}  // namespace

TEST_CASE("A store with nothing stored starts at the schema's defaults") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  const settings::LoadReport report = store.load();
  CHECK_FALSE(report.from_storage);
  CHECK(store.get_int("upload.interval_s") == 30);
  CHECK(store.get_string("camera.frame_size") == "SVGA");
  CHECK(store.get_bool("camera.lens_correction"));
  CHECK(store.get_string("upload.url") == "https://connect.prusa3d.com");
  CHECK_FALSE(store.admin_password_set());
  CHECK(contains(store.values_json(), R"("upload.token":{"set":false})"));
}

TEST_CASE("A good patch is applied, persisted, reported to listeners and read back after a restart") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  std::vector<std::string> heard;
  store.add_listener([&](const std::vector<std::string>& keys) { heard = keys; });
  const PatchResult r =
      patch(store, R"({"upload.interval_s": 60, "camera.wb_mode": "cloudy", "camera.vflip": false})");
  REQUIRE(r.status == PatchResult::Status::kOk);
  CHECK(r.changed == std::vector<std::string>{"upload.interval_s", "camera.wb_mode"});
  CHECK(heard == r.changed);
  CHECK_FALSE(r.reboot_required);
  CHECK(store.get_int("upload.interval_s") == 60);

  SettingsStore again(kv, fakes::counting_random, fakes::fast_options());
  CHECK(again.load().from_storage);
  CHECK(again.get_int("upload.interval_s") == 60);
  CHECK(again.get_string("camera.wb_mode") == "cloudy");
}

TEST_CASE("A patch that changes nothing writes nothing") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  const PatchResult r = patch(store, R"({"upload.interval_s": 30})");
  CHECK(r.status == PatchResult::Status::kOk);
  CHECK(r.changed.empty());
  CHECK(kv.writes == 0);
}

TEST_CASE("One bad field among good ones changes nothing and every bad field is named") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  const std::string before = store.values_json();
  bool heard = false;
  store.add_listener([&](const std::vector<std::string>&) { heard = true; });
  const PatchResult r = patch(store, R"({"upload.interval_s": 60, "camera.rotation": 45, "system.name": "ok",
                                         "no.such": 1, "light.mode": "strobe"})");
  REQUIRE(r.status == PatchResult::Status::kInvalid);
  REQUIRE(r.errors.size() == 3);
  CHECK(r.errors[0].field == "camera.rotation");
  CHECK(r.errors[0].code == "not_on_step");
  CHECK(r.errors[1].field == "no.such");
  CHECK(r.errors[1].code == "unknown_key");
  CHECK(r.errors[2].field == "light.mode");
  CHECK(r.errors[2].code == "unknown_option");
  CHECK(store.values_json() == before);
  CHECK(kv.writes == 0);
  CHECK_FALSE(heard);
}

TEST_CASE("A body that is not an object is refused") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  const PatchResult r = patch(store, "[1]");
  REQUIRE(r.status == PatchResult::Status::kInvalid);
  CHECK(r.errors.at(0).code == "not_an_object");
}

TEST_CASE("The constraint hook refuses what the hardware cannot do, and nothing else changes") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  store.set_constraint_hook(
      [](std::string_view key, const settings::SettingValue& v) -> std::optional<std::string> {
        if (key == "camera.frame_size" && v == settings::SettingValue(std::string("QSXGA"))) {
          return "is larger than this OV2640 sensor supports (up to UXGA)";
        }
        return std::nullopt;
      });
  PatchResult r = patch(store, R"({"camera.frame_size": "QSXGA", "camera.brightness": 1})");
  REQUIRE(r.status == PatchResult::Status::kInvalid);
  CHECK(r.errors.at(0).code == "unsupported");
  CHECK(r.errors.at(0).message == "is larger than this OV2640 sensor supports (up to UXGA)");
  CHECK(store.get_int("camera.brightness") == 0);
  r = patch(store, R"({"camera.frame_size": "UXGA"})");
  CHECK(r.status == PatchResult::Status::kOk);
}

TEST_CASE("A fixed IP address needs its address, netmask and gateway") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  PatchResult r = patch(store, R"({"network.ip_mode": "static", "network.ip": "192.168.1.20"})");
  REQUIRE(r.status == PatchResult::Status::kInvalid);
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].field == "network.netmask");
  CHECK(r.errors[0].code == "required");
  CHECK(r.errors[1].field == "network.gateway");
  r = patch(store,
            R"({"network.ip_mode": "static", "network.ip": "192.168.1.20", "network.netmask": "255.255.255.0",
                       "network.gateway": "192.168.1.1"})");
  REQUIRE(r.status == PatchResult::Status::kOk);
  CHECK(r.reboot_required);
  CHECK(store.reboot_required());
}

TEST_CASE("Secrets are stored but never read back, and the admin password only as a salted hash") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  const PatchResult r =
      patch(store, R"({"upload.token": "abcDEF1234abcDEF1234", "network.wifi_password": "wifi-pass-1",
                                         "security.admin_password": "hunter2hunter2"})");
  REQUIRE(r.status == PatchResult::Status::kOk);
  const std::string json = store.values_json();
  CHECK(contains(json, R"("upload.token":{"set":true})"));
  CHECK(contains(json, R"("network.wifi_password":{"set":true})"));
  CHECK(contains(json, R"("security.admin_password":{"set":true})"));
  CHECK_FALSE(contains(json, "abcDEF1234"));
  CHECK_FALSE(contains(json, "wifi-pass-1"));
  CHECK_FALSE(contains(json, "hunter2"));
  // Services that need a secret can read it; the admin password is never stored in clear.
  CHECK(store.get_string("network.wifi_password") == "wifi-pass-1");
  CHECK(contains(kv.all_bytes(), "abcDEF1234abcDEF1234"));
  CHECK_FALSE(contains(kv.all_bytes(), "hunter2"));
  CHECK(contains(kv.all_bytes(), "pbkdf2-sha256$10$"));
  CHECK(store.admin_password_set());
  CHECK(store.verify_admin_password("hunter2hunter2"));
  CHECK_FALSE(store.verify_admin_password("hunter2hunter3"));

  SettingsStore again(kv, fakes::counting_random, fakes::fast_options());
  again.load();
  CHECK(again.verify_admin_password("hunter2hunter2"));
  // Setting the same password again changes nothing; an empty one turns the password off.
  CHECK(patch(again, R"({"security.admin_password": "hunter2hunter2"})").changed.empty());
  CHECK(patch(again, R"({"security.admin_password": ""})").changed.size() == 1);
  CHECK_FALSE(again.admin_password_set());
  CHECK_FALSE(again.verify_admin_password(""));
}

TEST_CASE("A patch the storage refuses is reported and changes nothing in memory") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  kv.fail_writes = ports::KvStatus::kNoSpace;
  const PatchResult r = patch(store, R"({"upload.interval_s": 90})");
  CHECK(r.status == PatchResult::Status::kStorageFailed);
  CHECK(r.storage.status == ports::KvStatus::kNoSpace);
  CHECK(store.get_int("upload.interval_s") == 30);
}

TEST_CASE("A factory reset restores the defaults and leaves no old secret in storage") {
  fakes::FakeKvStore kv;
  SettingsStore store(kv, fakes::counting_random, fakes::fast_options());
  store.load();
  REQUIRE(patch(store, R"({"network.wifi_password": "wifi-pass-1"})").status == PatchResult::Status::kOk);
  REQUIRE(patch(store, R"({"upload.interval_s": 45})").status == PatchResult::Status::kOk);
  REQUIRE(store.factory_reset().ok());
  CHECK(store.get_int("upload.interval_s") == 30);
  CHECK(store.get_string("network.wifi_password").empty());
  CHECK_FALSE(contains(kv.all_bytes(), "wifi-pass-1"));
  CHECK(store.reboot_required());
  SettingsStore again(kv, fakes::counting_random, fakes::fast_options());
  again.load();
  CHECK(again.get_int("upload.interval_s") == 30);
}
