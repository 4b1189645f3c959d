#include "platform/esp32/esp_camera.hpp"

#include "core/media/sensor_settings.hpp"
#include "platform/esp32/esp_camera_names.hpp"

namespace printcam::esp32 {
namespace {

using ports::CameraError;
using ports::CameraResult;

CameraResult result_of(esp_err_t err) {
  if (err == ESP_OK) return {};
  return {err == ESP_ERR_CAMERA_NOT_DETECTED ? CameraError::kNotDetected : CameraError::kFailed, err};
}

camera_config_t driver_config(const EspCameraWiring& w, framesize_t size, const ports::CameraConfig& c) {
  camera_config_t d{};
  d.pin_pwdn = w.pins.pwdn;
  d.pin_reset = w.pins.reset;
  d.pin_xclk = w.pins.xclk;
  d.pin_sccb_sda = w.pins.sda;
  d.pin_sccb_scl = w.pins.scl;
  d.pin_d7 = w.pins.d7;
  d.pin_d6 = w.pins.d6;
  d.pin_d5 = w.pins.d5;
  d.pin_d4 = w.pins.d4;
  d.pin_d3 = w.pins.d3;
  d.pin_d2 = w.pins.d2;
  d.pin_d1 = w.pins.d1;
  d.pin_d0 = w.pins.d0;
  d.pin_vsync = w.pins.vsync;
  d.pin_href = w.pins.href;
  d.pin_pclk = w.pins.pclk;
  d.xclk_freq_hz = static_cast<int>(w.xclk_hz);
  d.ledc_timer = EspCamera::kXclkTimer;
  d.ledc_channel = EspCamera::kXclkChannel;
  d.pixel_format = PIXFORMAT_JPEG;
  d.frame_size = size;
  d.jpeg_quality = c.jpeg_quality;
  d.fb_count = static_cast<std::size_t>(c.buffer_count);
  d.fb_location = CAMERA_FB_IN_PSRAM;
  d.grab_mode = CAMERA_GRAB_LATEST;
  return d;
}

/// The model and the sizes up to its largest, from the driver's sensor table.
ports::SensorInfo describe(const sensor_t& s) {
  ports::SensorInfo info;
  sensor_id_t id = s.id;
  const camera_sensor_info_t* known = esp_camera_sensor_get_info(&id);
  if (known == nullptr) return {"PID 0x" + std::to_string(s.id.PID), {}};
  info.model = known->name;
  for (const auto& [name, size] : kDriverFrameSizes) {
    if (size <= known->max_size) info.frame_sizes.emplace_back(name);
  }
  return info;
}

}  // namespace

CameraResult EspCamera::init(const ports::CameraConfig& config) {
  const std::optional<framesize_t> size = driver_frame_size(config.frame_size);
  if (!size) return {CameraError::kUnsupported, 0};
  if (config.jpeg_quality < 0 || config.jpeg_quality > 63) return {CameraError::kOutOfRange, 0};
  if (started_) {
    if (config.buffer_count != buffer_count_) return {CameraError::kUnsupported, 0};
    const CameraResult r = set_frame_size(config.frame_size);
    return r.ok() ? set("quality", config.jpeg_quality) : r;
  }
  const camera_config_t driver = driver_config(wiring_, *size, config);
  const CameraResult r = result_of(esp_camera_init(&driver));
  if (!r.ok()) return r;
  started_ = true;
  buffer_count_ = config.buffer_count;
  info_ = describe(*esp_camera_sensor_get());
  return {};
}

std::optional<ports::FrameBuffer> EspCamera::capture() {
  if (!started_) return std::nullopt;
  camera_fb_t* fb = esp_camera_fb_get();
  if (fb == nullptr) return std::nullopt;
  return ports::FrameBuffer{fb->buf, fb->len, static_cast<std::uint16_t>(fb->width),
                            static_cast<std::uint16_t>(fb->height), fb};
}

void EspCamera::release(const ports::FrameBuffer& frame) {
  esp_camera_fb_return(static_cast<camera_fb_t*>(frame.handle));
}

CameraResult EspCamera::set(std::string_view name, int value) {
  const media::SensorSetting* setting = media::find_sensor_setting(name);
  if (setting == nullptr) return {CameraError::kUnsupported, 0};
  if (value < setting->min || value > setting->max) return {CameraError::kOutOfRange, 0};
  sensor_t* s = started_ ? esp_camera_sensor_get() : nullptr;
  if (s == nullptr) return {CameraError::kNotInitialized, 0};
  int code = -1;
  if (name == "gainceiling") {
    if (s->set_gainceiling == nullptr) return {CameraError::kUnsupported, 0};
    code = s->set_gainceiling(s, static_cast<gainceiling_t>(value));
  } else {
    for (const auto& [n, setter] : kSensorSetters) {
      if (n != name) continue;
      if (s->*setter == nullptr) return {CameraError::kUnsupported, 0};
      code = (s->*setter)(s, value);
    }
  }
  return code == 0 ? CameraResult{} : CameraResult{CameraError::kFailed, code};
}

CameraResult EspCamera::set_frame_size(std::string_view name) {
  const std::optional<framesize_t> size = driver_frame_size(name);
  if (!size) return {CameraError::kUnsupported, 0};
  sensor_t* s = started_ ? esp_camera_sensor_get() : nullptr;
  if (s == nullptr) return {CameraError::kNotInitialized, 0};
  sensor_id_t id = s->id;
  const camera_sensor_info_t* known = esp_camera_sensor_get_info(&id);
  if (known != nullptr && *size > known->max_size) return {CameraError::kUnsupported, 0};
  const int code = s->set_framesize(s, *size);
  return code == 0 ? CameraResult{} : CameraResult{CameraError::kFailed, code};
}

}  // namespace printcam::esp32
