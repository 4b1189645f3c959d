#include <set>
#include <string>

#include "catch2_compat.hpp"
#include "core/json/json_reader.hpp"
#include "core/settings/setting_value.hpp"
#include "core/settings/string_formats.hpp"
#include "fakes/settings_helpers.hpp"
#include "generated/settings_schema.hpp"

using namespace printcam;
using settings::Descriptor;
using settings::SettingValue;

namespace {
const Descriptor& descriptor(std::string_view key) {
  const int i = generated::kSettingsSchema.index_of(key);
  REQUIRE(i >= 0);
  return generated::kSettingsSchema.settings[i];
}

/// The error code validating `json` for `key` gives, or "" when it is accepted.
std::string code_for(std::string_view key, std::string_view json) {
  SettingValue out;
  const auto e = settings::validate_value(descriptor(key), fakes::parse_json(json), out);
  return e ? e->code : "";
}
}  // namespace

TEST_CASE("The generated table has unique keys and every default passes its own rules") {
  std::set<std::string_view> keys;
  for (const Descriptor& d : generated::kSettingsSchema) {
    INFO(d.key);
    CHECK(keys.insert(d.key).second);
    json::Writer w;
    settings::write_value(w, settings::default_value(d));
    SettingValue out;
    CHECK_FALSE(settings::validate_value(d, fakes::parse_json(w.str()), out));
    CHECK(out == settings::default_value(d));
  }
  CHECK(keys.size() > 40);
}

TEST_CASE("The served schema JSON describes exactly the settings of the C++ table") {
  const json::Value doc = fakes::parse_json(generated::kSettingsSchemaJson);
  CHECK(doc.find("version")->as_int() == generated::kSettingsSchemaVersion);
  const auto& list = doc.find("settings")->items();
  REQUIRE(list.size() == generated::kSettingsSchema.count);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Descriptor& d = generated::kSettingsSchema.settings[i];
    CHECK(list[i].find("key")->as_string() == d.key);
    CHECK((list[i].find("secret") != nullptr) == d.secret);
  }
}

TEST_CASE("Validation accepts good values of every type") {
  CHECK(code_for("camera.hmirror", "true") == "");
  CHECK(code_for("upload.interval_s", "240") == "");
  CHECK(code_for("camera.rotation", "270") == "");
  CHECK(code_for("camera.frame_size", "\"UXGA\"") == "");
  CHECK(code_for("network.hostname", "\"printer-cam-2\"") == "");
  CHECK(code_for("upload.token", "\"\"") == "");
  CHECK(code_for("upload.token", "\"abcDEF1234abcDEF1234\"") == "");
  CHECK(code_for("system.timezone", "\"CET-1CEST,M3.5.0,M10.5.0/3\"") == "");
  CHECK(code_for("security.cors_origins", "\"https://a.example, http://localhost:5173\"") == "");
}

TEST_CASE("Validation gives each kind of bad value its own code") {
  CHECK(code_for("camera.hmirror", "1") == "wrong_type");
  CHECK(code_for("upload.interval_s", "30.5") == "wrong_type");
  CHECK(code_for("upload.interval_s", "\"30\"") == "wrong_type");
  CHECK(code_for("camera.frame_size", "9") == "wrong_type");
  CHECK(code_for("system.name", "null") == "wrong_type");
  CHECK(code_for("upload.interval_s", "5") == "out_of_range");
  CHECK(code_for("upload.interval_s", "99999999999") == "out_of_range");
  CHECK(code_for("camera.rotation", "45") == "not_on_step");
  CHECK(code_for("camera.wb_mode", "\"tungsten\"") == "unknown_option");
  CHECK(code_for("camera.frame_size", "\"qvga\"") == "unknown_option");
  CHECK(code_for("network.wifi_password", "\"short\"") == "too_short");
  CHECK(code_for("system.name", "\"\"") == "too_short");
  CHECK(code_for("network.wifi_ssid", "\"" + std::string(33, 'x') + "\"") == "too_long");
  CHECK(code_for("system.name", "\"two\\nlines\"") == "invalid_text");
  CHECK(code_for("upload.token", "\"abcDEF1234abcDEF123!\"") == "invalid_format");
  CHECK(code_for("network.hostname", "\"-cam\"") == "invalid_format");
  CHECK(code_for("network.ip", "\"192.168.1.256\"") == "invalid_format");
  CHECK(code_for("upload.url", "\"ftp://x\"") == "invalid_format");
  CHECK(code_for("system.timezone", "\"Europe/Prague\"") == "invalid_format");
  CHECK(code_for("security.cors_origins", "\"https://a.example/path\"") == "invalid_format");
  CHECK(code_for("security.admin_password", "\"caf\\u00e9caf\\u00e9\"") == "invalid_format");
}

TEST_CASE("Validation messages say what is expected") {
  SettingValue out;
  auto e = settings::validate_value(descriptor("upload.interval_s"), fakes::parse_json("5"), out);
  REQUIRE(e);
  CHECK(e->field == "upload.interval_s");
  CHECK(e->message == "must be between 10 and 240");
  e = settings::validate_value(descriptor("camera.wb_mode"), fakes::parse_json("\"x\""), out);
  REQUIRE(e);
  CHECK(e->message == "must be one of: auto, sunny, cloudy, office, home");
  e = settings::validate_value(descriptor("network.wifi_password"), fakes::parse_json("\"1234567\""), out);
  REQUIRE(e);
  CHECK(e->message == "must be at least 8 bytes long, or empty");
}

TEST_CASE("The string formats accept and refuse what their definitions say") {
  using namespace printcam::settings;
  CHECK(is_ipv4("0.0.0.0"));
  CHECK(is_ipv4("255.255.255.0"));
  CHECK_FALSE(is_ipv4("01.2.3.4"));
  CHECK_FALSE(is_ipv4("1.2.3"));
  CHECK_FALSE(is_ipv4("1.2.3.4.5"));
  CHECK_FALSE(is_ipv4("1.2.3.4 "));
  CHECK(is_hostname_label("a"));
  CHECK_FALSE(is_hostname_label("a_b"));
  CHECK_FALSE(is_hostname_label("cam-"));
  CHECK(is_http_url("http://192.168.1.5:8080/x?y=1"));
  CHECK(is_http_url("https://connect.prusa3d.com"));
  CHECK_FALSE(is_http_url("https://"));
  CHECK_FALSE(is_http_url("https://host:0"));
  CHECK_FALSE(is_http_url("https://a..b"));
  CHECK_FALSE(is_http_url("https://a.b/has space"));
  CHECK(is_origin("http://localhost:5173"));
  CHECK_FALSE(is_origin("http://localhost/"));
  for (const char* tz : {"UTC0", "EST5EDT", "<+03>-3", "CET-1CEST,M3.5.0,M10.5.0/3",
                         "AEST-10AEDT,M10.1.0,M4.1.0/3", "NZST-12NZDT-13,J60/2,J300", "IST-5:30"}) {
    INFO(tz);
    CHECK(is_posix_timezone(tz));
  }
  for (const char* tz :
       {"", "UTC", "U0", "UTC25", "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.5.0", "<+3>-3"}) {
    INFO(tz);
    CHECK_FALSE(is_posix_timezone(tz));
  }
}
