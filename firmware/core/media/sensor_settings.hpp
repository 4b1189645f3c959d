#pragma once
// The sensor settings the Camera port accepts by name, with esp32-camera's ranges (sensor.h
// camera_status_t and the CameraWebServer controls). One table for the settings schema, the host
// camera's validation and the ESP32 adapter's name → sensor_t setter switch.

#include <string_view>

namespace printcam::media {

struct SensorSetting {
  std::string_view name;
  int min;
  int max;
};

inline constexpr SensorSetting kSensorSettings[] = {
    {"brightness", -2, 2}, {"contrast", -2, 2},    {"saturation", -2, 2},
    {"sharpness", -2, 2},  {"ae_level", -2, 2},    {"special_effect", 0, 6},
    {"wb_mode", 0, 4},     {"aec_value", 0, 1200}, {"agc_gain", 0, 30},
    {"gainceiling", 0, 6}, {"quality", 0, 63},     {"hmirror", 0, 1},
    {"vflip", 0, 1},       {"awb", 0, 1},          {"awb_gain", 0, 1},
    {"aec", 0, 1},         {"aec2", 0, 1},         {"agc", 0, 1},
    {"bpc", 0, 1},         {"wpc", 0, 1},          {"raw_gma", 0, 1},
    {"lenc", 0, 1},        {"dcw", 0, 1},          {"colorbar", 0, 1},
};

/// The setting called `name`, or nullptr.
inline const SensorSetting* find_sensor_setting(std::string_view name) {
  for (const SensorSetting& s : kSensorSettings) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

}  // namespace printcam::media
