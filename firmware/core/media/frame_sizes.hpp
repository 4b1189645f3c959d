#pragma once
// esp32-camera's frame sizes by name. Names are the framesize_t enumerators without FRAMESIZE_;
// the pixel sizes are the driver's resolution[] table. The settings schema, the host camera and
// the ESP32 adapter's name → framesize_t switch all start from these names.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace printcam::media {

struct FrameSize {
  std::string_view name;
  std::uint16_t width;
  std::uint16_t height;
};

/// Every size esp32-camera knows (v2.0.14 and later), in the driver's order: smallest sensor
/// modes first, then the 3 MP and 5 MP sizes.
inline constexpr FrameSize kFrameSizes[] = {
    {"96X96", 96, 96},   {"QQVGA", 160, 120},   {"128X128", 128, 128}, {"QCIF", 176, 144},
    {"HQVGA", 240, 176}, {"240X240", 240, 240}, {"QVGA", 320, 240},    {"320X320", 320, 320},
    {"CIF", 400, 296},   {"HVGA", 480, 320},    {"VGA", 640, 480},     {"SVGA", 800, 600},
    {"XGA", 1024, 768},  {"HD", 1280, 720},     {"SXGA", 1280, 1024},  {"UXGA", 1600, 1200},
    {"FHD", 1920, 1080}, {"P_HD", 720, 1280},   {"P_3MP", 864, 1536},  {"QXGA", 2048, 1536},
    {"QHD", 2560, 1440}, {"WQXGA", 2560, 1600}, {"P_FHD", 1080, 1920}, {"QSXGA", 2560, 1920},
    {"5MP", 2592, 1944},
};

/// The size called `name` (exact, upper case as the driver spells it), or nullptr.
const FrameSize* find_frame_size(std::string_view name);

}  // namespace printcam::media
