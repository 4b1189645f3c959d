#pragma once
// What the uploader needs from the rest of the firmware, as small callbacks so it depends on no
// other service's code. Integration supplies each one in a line or two:
//   config       ← SettingsStore: upload.enabled, upload.interval_s, upload.url, upload.token
//   capture      ← FrameHub: the latest JPEG, shared (no copy), with its orientation head
//   photo_saved  → PhotoStore: keep it for /saved-photo.jpg
//   device_info  ← system.name, firmware version, board, frame size, Wi-Fi state
//   network_up   ← Wi-Fi station connected with an IP; a false→true edge is a (re)connection
//   ota_active   ← OTA manager: true while an update is being written

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/connect/device_info.hpp"

namespace printcam::connect {

struct UploaderConfig {
  bool enabled = false;
  int interval_s = 30;
  std::string url;    ///< Connect base URL, e.g. "https://connect.prusa3d.com".
  std::string token;  ///< 20 letters and digits, from Connect's "Add camera".
};

/// A reference-counted byte buffer: `keep_alive` owns whatever holds `data` (a FrameHub frame, a
/// vector), so the uploader streams the frame without copying it. `head` goes out before `data`
/// (the photo's EXIF orientation header; static storage, empty when the photo needs none).
struct SharedBytes {
  std::shared_ptr<const void> keep_alive;
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
  const std::uint8_t* head = nullptr;
  std::size_t head_size = 0;

  bool empty() const { return data == nullptr || size == 0; }
};

struct UploaderInputs {
  std::function<UploaderConfig()> config;
  /// Empty when no picture can be had right now.
  std::function<SharedBytes()> capture;
  /// Called with each picture Connect accepted.
  std::function<void(const SharedBytes&)> photo_saved;
  std::function<DeviceInfo()> device_info;
  std::function<bool()> network_up;
  std::function<bool()> ota_active;
};

}  // namespace printcam::connect
