#include "core/app/camera_settings.hpp"

#include <array>
#include <chrono>
#include <string>

namespace printcam::app {
namespace {

/// Bool and int keys pass their value; enum keys pass the option's index in `options`, which
/// follows esp32-camera's numbering for that setting.
struct KeyMap {
  std::string_view key;
  std::string_view sensor_name;
  std::array<std::string_view, 8> options;
};

constexpr KeyMap kMap[] = {
    {"camera.brightness", "brightness", {}},
    {"camera.contrast", "contrast", {}},
    {"camera.saturation", "saturation", {}},
    {"camera.sharpness", "sharpness", {}},
    {"camera.hmirror", "hmirror", {}},
    {"camera.vflip", "vflip", {}},
    {"camera.lens_correction", "lenc", {}},
    {"camera.auto_exposure", "aec", {}},
    {"camera.aec2", "aec2", {}},
    {"camera.ae_level", "ae_level", {}},
    {"camera.exposure", "aec_value", {}},
    {"camera.auto_gain", "agc", {}},
    {"camera.gain", "agc_gain", {}},
    {"camera.gain_ceiling", "gainceiling", {"2X", "4X", "8X", "16X", "32X", "64X", "128X"}},
    {"camera.awb", "awb", {}},
    {"camera.awb_gain", "awb_gain", {}},
    // The Prusa firmware's UI mislabelled these; the driver's order is auto, sunny, cloudy, office, home.
    {"camera.wb_mode", "wb_mode", {"auto", "sunny", "cloudy", "office", "home"}},
    {"camera.bpc", "bpc", {}},
    {"camera.wpc", "wpc", {}},
    {"camera.raw_gamma", "raw_gma", {}},
    {"camera.dcw", "dcw", {}},
    {"camera.special_effect",
     "special_effect",
     {"none", "negative", "grayscale", "red", "green", "blue", "sepia"}},
};

constexpr std::string_view kKeys[] = {
    "camera.brightness",
    "camera.contrast",
    "camera.saturation",
    "camera.sharpness",
    "camera.hmirror",
    "camera.vflip",
    "camera.lens_correction",
    "camera.auto_exposure",
    "camera.aec2",
    "camera.ae_level",
    "camera.exposure",
    "camera.auto_gain",
    "camera.gain",
    "camera.gain_ceiling",
    "camera.awb",
    "camera.awb_gain",
    "camera.wb_mode",
    "camera.bpc",
    "camera.wpc",
    "camera.raw_gamma",
    "camera.dcw",
    "camera.special_effect",
};
static_assert(std::size(kKeys) == std::size(kMap), "every mapped key is listed once");

}  // namespace

int driver_jpeg_quality(int percent) {
  constexpr int kBest = 4;
  constexpr int kWorst = 63;
  if (percent < 1) percent = 1;
  if (percent > 100) percent = 100;
  return kWorst - ((percent - 1) * (kWorst - kBest) + 49) / 99;
}

std::optional<SensorWrite> sensor_write_for(std::string_view key, const settings::SettingsStore& store) {
  for (const KeyMap& m : kMap) {
    if (m.key != key) continue;
    if (m.options[0].empty()) {
      const int i = store.schema().index_of(key);
      const bool is_bool = i >= 0 && store.schema().settings[i].type == settings::Type::kBool;
      return SensorWrite{m.sensor_name, is_bool ? (store.get_bool(key) ? 1 : 0) : store.get_int(key)};
    }
    const std::string value = store.get_string(key);
    for (std::size_t i = 0; i < m.options.size(); ++i) {
      if (m.options[i] == value) return SensorWrite{m.sensor_name, static_cast<int>(i)};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

const std::string_view* sensor_setting_keys(std::size_t& count) {
  count = std::size(kKeys);
  return kKeys;
}

ports::CameraConfig camera_config_from(const settings::SettingsStore& store) {
  ports::CameraConfig c;
  c.frame_size = store.get_string("camera.frame_size");
  c.jpeg_quality = driver_jpeg_quality(store.get_int("camera.jpeg_quality"));
  return c;
}

media::LightSettings light_settings_from(const settings::SettingsStore& store) {
  media::LightSettings l;
  l.mode = media::light_mode_from_name(store.get_string("light.mode")).value_or(media::LightMode::kOff);
  l.duty_percent = store.get_int("light.max_duty");
  l.flash_time = std::chrono::milliseconds(store.get_int("light.flash_ms"));
  return l;
}

}  // namespace printcam::app
