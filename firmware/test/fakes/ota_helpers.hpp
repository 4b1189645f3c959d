#pragma once
// Shared by the OTA tests: the simulated camera's expectations, a boot check like the simulator's,
// and an install that streams an image in odd-sized pieces.

#include <algorithm>
#include <string>
#include <vector>

#include "core/ota/ota_session.hpp"
#include "core/ota/slot_info.hpp"
#include "fakes/esp_test_image.hpp"
#include "platform/host/file_ota_slots.hpp"

namespace printcam::fakes {

inline constexpr std::size_t kTestSlotSize = 64 * 1024;
inline constexpr const char* kTestBoard = "ai-thinker-esp32-cam";

inline ota::ImageExpectations test_camera() {
  ota::ImageExpectations e;
  e.chip_id = ota::kChipIdEsp32;
  e.board = kTestBoard;
  return e;
}

/// The simulator's bootloader check: the image passes the same checks as an upload.
inline host::FileOtaSlots::BootCheck test_boot_check() {
  return [](const std::vector<std::uint8_t>& img) {
    ota::ImageExpectations e = test_camera();
    e.max_size = kTestSlotSize;
    return ota::check_image(img.data(), img.size(), e) == ota::ImageError::kOk;
  };
}

/// A boot of the camera whose slots live in `dir`.
inline host::FileOtaSlots boot_slots(const std::string& dir) {
  return host::FileOtaSlots(dir, kTestSlotSize, test_boot_check());
}

inline std::vector<std::uint8_t> test_image(const std::string& version, std::size_t size = 6000) {
  return make_test_image(TestImageSpec{version, kTestBoard, "printcam", ota::kChipIdEsp32, size});
}

/// Streams `img` in 700-byte pieces (aligned to nothing) and switches the boot slot on success.
inline ota::OtaOutcome install(ports::OtaSlots& slots, const std::vector<std::uint8_t>& img) {
  ota::OtaSession session(slots, test_camera(), img.size());
  if (auto o = session.check_size(); !o.ok()) return o;
  for (std::size_t at = 0; at < img.size(); at += 700) {
    auto o = session.write(img.data() + at, std::min<std::size_t>(700, img.size() - at));
    if (!o.ok()) return o;
  }
  return session.finish();
}

/// The running firmware's version: the booted slot's, or "built-in" for the flasher's image.
inline std::string running_version(const ports::OtaSlots& slots) {
  const auto info = ota::read_slot_identity(slots, slots.running_slot());
  return info ? info->version : "built-in";
}

}  // namespace printcam::fakes
