#pragma once
// esp32-camera's frame sizes and sensor setters, by the names the Camera port uses. Every size is
// listed by its enumerator, so a driver that renumbers framesize_t (as v2.0.14 did) still maps
// each name to the right size; the check below keeps this list in the core's order.

#include <esp_camera.h>

#include <optional>
#include <string_view>
#include <utility>

#include "core/media/frame_sizes.hpp"

namespace printcam::esp32 {

inline constexpr std::pair<std::string_view, framesize_t> kDriverFrameSizes[] = {
    {"96X96", FRAMESIZE_96X96}, {"QQVGA", FRAMESIZE_QQVGA},     {"128X128", FRAMESIZE_128X128},
    {"QCIF", FRAMESIZE_QCIF},   {"HQVGA", FRAMESIZE_HQVGA},     {"240X240", FRAMESIZE_240X240},
    {"QVGA", FRAMESIZE_QVGA},   {"320X320", FRAMESIZE_320X320}, {"CIF", FRAMESIZE_CIF},
    {"HVGA", FRAMESIZE_HVGA},   {"VGA", FRAMESIZE_VGA},         {"SVGA", FRAMESIZE_SVGA},
    {"XGA", FRAMESIZE_XGA},     {"HD", FRAMESIZE_HD},           {"SXGA", FRAMESIZE_SXGA},
    {"UXGA", FRAMESIZE_UXGA},   {"FHD", FRAMESIZE_FHD},         {"P_HD", FRAMESIZE_P_HD},
    {"P_3MP", FRAMESIZE_P_3MP}, {"QXGA", FRAMESIZE_QXGA},       {"QHD", FRAMESIZE_QHD},
    {"WQXGA", FRAMESIZE_WQXGA}, {"P_FHD", FRAMESIZE_P_FHD},     {"QSXGA", FRAMESIZE_QSXGA},
    {"5MP", FRAMESIZE_5MP},
};

constexpr bool same_names_as_core() {
  if (std::size(kDriverFrameSizes) != std::size(media::kFrameSizes)) return false;
  for (std::size_t i = 0; i < std::size(kDriverFrameSizes); ++i) {
    if (kDriverFrameSizes[i].first != media::kFrameSizes[i].name) return false;
  }
  return true;
}
static_assert(same_names_as_core(), "core/media/frame_sizes.hpp and this list name different sizes");

inline std::optional<framesize_t> driver_frame_size(std::string_view name) {
  for (const auto& [n, size] : kDriverFrameSizes) {
    if (n == name) return size;
  }
  return std::nullopt;
}

/// A sensor_t setter that takes an int (all but set_gainceiling, whose argument is an enum).
using SensorSetter = int (*sensor_t::*)(sensor_t*, int);

inline constexpr std::pair<std::string_view, SensorSetter> kSensorSetters[] = {
    {"brightness", &sensor_t::set_brightness},
    {"contrast", &sensor_t::set_contrast},
    {"saturation", &sensor_t::set_saturation},
    {"sharpness", &sensor_t::set_sharpness},
    {"ae_level", &sensor_t::set_ae_level},
    {"special_effect", &sensor_t::set_special_effect},
    {"wb_mode", &sensor_t::set_wb_mode},
    {"aec_value", &sensor_t::set_aec_value},
    {"agc_gain", &sensor_t::set_agc_gain},
    {"quality", &sensor_t::set_quality},
    {"hmirror", &sensor_t::set_hmirror},
    {"vflip", &sensor_t::set_vflip},
    {"awb", &sensor_t::set_whitebal},
    {"awb_gain", &sensor_t::set_awb_gain},
    {"aec", &sensor_t::set_exposure_ctrl},
    {"aec2", &sensor_t::set_aec2},
    {"agc", &sensor_t::set_gain_ctrl},
    {"bpc", &sensor_t::set_bpc},
    {"wpc", &sensor_t::set_wpc},
    {"raw_gma", &sensor_t::set_raw_gma},
    {"lenc", &sensor_t::set_lenc},
    {"dcw", &sensor_t::set_dcw},
    {"colorbar", &sensor_t::set_colorbar},
};

}  // namespace printcam::esp32
