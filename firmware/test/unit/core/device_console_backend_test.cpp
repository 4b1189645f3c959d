// The serial console's backend over the real services: the settings as the HTTP API sees them,
// Wi-Fi joins that save the network only once joined, and the factory reset.

#include "core/app/device_console_backend.hpp"

#include <string>

#include "catch2_compat.hpp"
#include "core/json/json_reader.hpp"
#include "fakes/fake_device.hpp"

using namespace printcam;
using fakes::FakeDevice;

namespace {

/// PATCH /api/settings's error message for `body`, to compare the console's with.
std::string http_refusal(FakeDevice& dev, const std::string& body) {
  fakes::FakeRequest req("PATCH", "/api/settings", body);
  req.with_header("Content-Type", "application/json");
  const fakes::FakeResponse res = dev.call(std::move(req));
  REQUIRE(res.status == 400);
  json::Value doc;
  json::ParseError error;
  REQUIRE(json::parse(res.body, doc, error));
  return doc.find("error")->find("message")->as_string();
}

}  // namespace

TEST_CASE("Console set converts text to each setting's type and get reads it back as JSON") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  CHECK_FALSE(b.set_setting("camera.jpeg_quality", "42"));
  CHECK_FALSE(b.set_setting("upload.enabled", "true"));
  CHECK_FALSE(b.set_setting("system.log_level", "debug"));
  CHECK_FALSE(b.set_setting("system.name", "Desk cam"));
  CHECK(dev.app.settings().get_int("camera.jpeg_quality") == 42);
  CHECK(dev.app.settings().get_bool("upload.enabled"));
  CHECK(b.get_setting_json("camera.jpeg_quality") == std::string("42"));
  CHECK(b.get_setting_json("upload.enabled") == std::string("true"));
  CHECK(b.get_setting_json("system.log_level") == std::string("\"debug\""));
  CHECK(b.get_setting_json("system.name") == std::string("\"Desk cam\""));
}

TEST_CASE("Console set refuses with the HTTP API's codes and messages and changes nothing") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  const auto too_big = b.set_setting("camera.jpeg_quality", "500");
  REQUIRE(too_big);
  CHECK(too_big->code == "out_of_range");
  CHECK(too_big->message == http_refusal(dev, R"({"camera.jpeg_quality":500})"));
  const auto words = b.set_setting("camera.jpeg_quality", "high");
  REQUIRE(words);
  CHECK(words->code == "wrong_type");
  CHECK(words->message == http_refusal(dev, R"({"camera.jpeg_quality":"high"})"));
  CHECK(b.set_setting("upload.enabled", "yes")->code == "wrong_type");
  CHECK(b.set_setting("system.log_level", "loud")->code == "unknown_option");
  // The serial line carries any byte; a setting holds UTF-8 only, as a JSON body would.
  CHECK(b.set_setting("system.name", "Desk \xff cam")->code == "invalid_text");
  CHECK(b.wifi_join("Caf\xe9", "")->code == "invalid_text");
  // A number is text for a text setting: no type error.
  CHECK_FALSE(b.set_setting("system.name", "42"));
  CHECK(dev.app.settings().get_int("camera.jpeg_quality") == 80);
}

TEST_CASE("Console get and set of an unknown key say so") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  CHECK_FALSE(b.get_setting_json("no.such"));
  const auto error = b.set_setting("no.such", "1");
  REQUIRE(error);
  CHECK(error->code == "unknown_key");
  CHECK(error->message == http_refusal(dev, R"({"no.such":1})"));
}

TEST_CASE("Console secrets are written but read only as set or not") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  CHECK(b.get_setting_json("upload.token") == std::string("{\"set\":false}"));
  CHECK(b.get_setting_json("security.admin_password") == std::string("{\"set\":false}"));
  CHECK_FALSE(b.set_setting("upload.token", "abcdeABCDE0123456789"));
  CHECK_FALSE(b.set_setting("security.admin_password", "hunter2hunter2"));
  CHECK(b.get_setting_json("upload.token") == std::string("{\"set\":true}"));
  CHECK(b.get_setting_json("security.admin_password") == std::string("{\"set\":true}"));
  CHECK(dev.app.settings().verify_admin_password("hunter2hunter2"));
  CHECK(b.set_setting("security.admin_password", "short")->code == "too_short");
}

TEST_CASE("A console Wi-Fi join saves the network once joined") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  dev.app.console_backend().set_http_port(8080);
  REQUIRE_FALSE(b.wifi_join("Home", "secret123"));
  REQUIRE(dev.network.connects.size() == 1);
  CHECK(dev.network.connects[0] == std::make_pair(std::string("Home"), std::string("secret123")));
  CHECK(b.wifi_state().phase == console::WifiPhase::Joining);
  CHECK(dev.app.settings().get_string("network.wifi_ssid").empty());

  dev.network.wifi.station = ports::StationStatus::kConnected;
  dev.network.wifi.ssid = "Home";
  dev.network.wifi.ip = "192.168.1.40";
  const console::WifiState joined = b.wifi_state();
  CHECK(joined.phase == console::WifiPhase::Connected);
  CHECK(joined.ip == "192.168.1.40");
  CHECK(joined.port == 8080);
  CHECK(dev.app.settings().get_string("network.wifi_ssid") == "Home");
  CHECK(dev.app.settings().get_string("network.wifi_password") == "secret123");
  // Saving the network it just joined does not send the station round again.
  CHECK(dev.network.connects.size() == 1);
}

TEST_CASE("A failed console Wi-Fi join keeps the network that was saved") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  REQUIRE_FALSE(b.set_setting("network.wifi_ssid", "Old"));
  REQUIRE_FALSE(b.wifi_join("Home", "wrongpass1"));
  dev.network.wifi.station = ports::StationStatus::kWrongPassword;
  const console::WifiState failed = b.wifi_state();
  CHECK(failed.phase == console::WifiPhase::Failed);
  CHECK(failed.message == "wrong password");
  REQUIRE_FALSE(b.wifi_join("Nowhere", ""));
  dev.network.wifi.station = ports::StationStatus::kNoNetwork;
  CHECK(b.wifi_state().message == "network not found");
  CHECK(dev.app.settings().get_string("network.wifi_ssid") == "Old");
}

TEST_CASE("A console Wi-Fi join refuses what the settings would refuse, before joining") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  CHECK(b.wifi_join("", "secret123")->code == "invalid_ssid");
  CHECK(b.wifi_join(std::string(33, 's'), "secret123")->code == "too_long");
  CHECK(b.wifi_join("Home", "short")->code == "too_short");
  CHECK(dev.network.connects.empty());
}

TEST_CASE("Console factory reset erases the settings and reboot goes through the system port") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  REQUIRE_FALSE(b.set_setting("system.name", "Desk cam"));
  CHECK_FALSE(b.factory_reset());
  CHECK(b.get_setting_json("system.name") == std::string("\"printcam\""));
  CHECK(dev.system.reboots == 0);  // the console restarts after its reply
  b.reboot();
  CHECK(dev.system.reboots == 1);

  REQUIRE_FALSE(b.set_setting("system.name", "Desk cam"));
  dev.kv.fail_writes = ports::KvStatus::kIoError;
  const auto refused = b.factory_reset();
  REQUIRE(refused);
  CHECK(refused->code == "storage_failed");
  CHECK(b.get_setting_json("system.name") == std::string("\"Desk cam\""));
}

TEST_CASE("Console status, device info and the AP come from the camera's own services") {
  FakeDevice dev;
  console::ConsoleBackend& b = dev.app.console_backend();
  CHECK(b.status_json() == dev.app.status().status_json());
  const console::DeviceInfo info = b.device_info();
  CHECK(info.firmware_name == "printcam");
  CHECK(info.version == "1.2.3");
  CHECK(info.chip == "ESP32");
  CHECK(info.device_name == dev.app.status().identity().name());
  // This camera was built without a setup AP.
  CHECK(b.set_ap(true)->code == "no_access_point");
  CHECK_FALSE(b.ap_info().active);
}
