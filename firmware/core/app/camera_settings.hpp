#pragma once
// How the settings schema's camera, light and stream keys become driver calls. Decided here, in
// core, so every platform's camera adapter receives the same names and values.

#include <optional>
#include <string_view>

#include "core/media/light.hpp"
#include "core/settings/settings_store.hpp"
#include "ports/camera.hpp"

namespace printcam::app {

/// One sensor write, by the driver's setting name (see ports/camera.hpp `set`).
struct SensorWrite {
  std::string_view name;
  int value;
};

/// Settings say JPEG quality as a percentage (higher is better); esp32-camera counts 0..63 with
/// lower better, and below 4 its frames grow past the buffers without visible gain.
int driver_jpeg_quality(int percent);

/// The sensor write for settings key `key`, or nullopt when `key` is not a sensor setting
/// (frame size and quality restart the capture instead; rotation is EXIF metadata that Media adds
/// to each JPEG it hands out, see media/jpeg_orientation.hpp).
std::optional<SensorWrite> sensor_write_for(std::string_view key, const settings::SettingsStore& store);

/// Every sensor setting key, so a boot can apply them all.
const std::string_view* sensor_setting_keys(std::size_t& count);

ports::CameraConfig camera_config_from(const settings::SettingsStore& store);
media::LightSettings light_settings_from(const settings::SettingsStore& store);

}  // namespace printcam::app
