#include "core/app/device_console_backend.hpp"

#include "core/app/setting_text.hpp"

namespace printcam::app {
namespace {

/// Improv's "firmware name", the same word /api/info gives as firmware.name.
constexpr const char* kFirmwareName = "printcam";

}  // namespace

std::optional<std::string> DeviceConsoleBackend::get_setting_json(const std::string& key) {
  return setting_json(s_.settings, key);
}

std::optional<console::ConsoleError> DeviceConsoleBackend::set_setting(const std::string& key,
                                                                       const std::string& value) {
  auto refusal = set_setting_from_text(s_.settings, key, value);
  if (!refusal) return std::nullopt;
  return console::ConsoleError{std::move(refusal->code), std::move(refusal->message)};
}

std::vector<console::WifiNetwork> DeviceConsoleBackend::wifi_scan() {
  std::vector<console::WifiNetwork> out;
  for (const ports::ScannedNetwork& n : s_.network.scan()) {
    // A hidden network has no name to join by.
    if (!n.ssid.empty()) out.push_back({n.ssid, n.rssi, n.secure});
  }
  return out;
}

std::optional<console::ConsoleError> DeviceConsoleBackend::set_ap(bool on) {
  if (s_.setup == nullptr)
    return console::ConsoleError{"no_access_point", "this camera has no setup access point"};
  if (on) {
    s_.setup->ap().force_on();
  } else {
    s_.setup->ap().release();
  }
  s_.logs.log(log::Level::kInfo, "setup AP %s from the serial console", on ? "forced on" : "released");
  return std::nullopt;
}

console::ApInfo DeviceConsoleBackend::ap_info() {
  if (s_.setup == nullptr || s_.setup_ports == nullptr) return {};
  return {s_.setup->ap().active(), s_.setup_ports->ap_ssid, s_.setup_ports->ap_password};
}

console::DeviceInfo DeviceConsoleBackend::device_info() {
  return {kFirmwareName, s_.system.firmware().version, s_.system.chip_model(), s_.status.identity().name()};
}

void DeviceConsoleBackend::reboot() {
  s_.logs.log(log::Level::kWarn, "reboot requested on the serial console");
  s_.system.request_reboot();
}

std::optional<console::ConsoleError> DeviceConsoleBackend::factory_reset() {
  const ports::KvResult r = s_.settings.factory_reset();
  if (!r.ok()) {
    return console::ConsoleError{"storage_failed", "The settings could not be erased (storage error " +
                                                       std::to_string(static_cast<int>(r.status)) + "/" +
                                                       std::to_string(r.platform_code) +
                                                       "); nothing was changed."};
  }
  s_.logs.log(log::Level::kWarn, "factory reset from the serial console");
  return std::nullopt;
}

}  // namespace printcam::app
