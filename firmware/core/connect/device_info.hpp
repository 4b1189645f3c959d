#pragma once
// What the camera tells Prusa Connect about itself in PUT /c/info (camera_request of connect-api
// v0.22.0). The platform fills it; a change of any field makes the uploader send it again.

#include <string>

namespace printcam::connect {

struct DeviceInfo {
  std::string name;  ///< system.name; Connect requires 1–64 characters.
  std::string firmware;
  std::string manufacturer;
  std::string model;  ///< The board, e.g. "AI Thinker ESP32-CAM".
  int width = 0;      ///< Snapshot resolution; omitted while unknown (0).
  int height = 0;
  std::string wifi_mac;  ///< "AA:BB:CC:DD:EE:FF"
  std::string wifi_ipv4;
  std::string wifi_ssid;

  bool operator==(const DeviceInfo& o) const {
    return name == o.name && firmware == o.firmware && manufacturer == o.manufacturer && model == o.model &&
           width == o.width && height == o.height && wifi_mac == o.wifi_mac && wifi_ipv4 == o.wifi_ipv4 &&
           wifi_ssid == o.wifi_ssid;
  }
  bool operator!=(const DeviceInfo& o) const { return !(*this == o); }
};

/// Connect's limit on config.name.
constexpr std::size_t kMaxCameraNameLength = 64;

/// The /c/info body: {"config":{name, firmware, manufacturer, model, resolution, network_info}}.
/// Empty strings are left out; a name longer than 64 characters is cut at a UTF-8 boundary and an
/// empty one becomes "printcam", because Connect refuses both.
std::string info_json(const DeviceInfo& info);

}  // namespace printcam::connect
