#pragma once
// The Camera port over esp32-camera (ports/camera.hpp lists the call each method makes): JPEG,
// two frame buffers in PSRAM, CAMERA_GRAB_LATEST so a capture returns the newest frame rather than
// one that waited in the queue. The sensor is detected by esp_camera_init itself; its model and
// largest frame size come from the driver's table (esp_camera_sensor_get_info). Frame sizes and
// settings arrive by name and are translated here; ranges come from core/media/sensor_settings.hpp.

#include <esp_camera.h>

#include "generated/boards.hpp"
#include "ports/camera.hpp"

namespace printcam::esp32 {

struct EspCameraWiring {
  generated::CameraPins pins;
  std::uint32_t xclk_hz;
};

class EspCamera final : public ports::Camera {
 public:
  /// XCLK comes from LEDC timer 0, channel 0 (the LED adapter keeps off them).
  static constexpr ledc_timer_t kXclkTimer = LEDC_TIMER_0;
  static constexpr ledc_channel_t kXclkChannel = LEDC_CHANNEL_0;

  explicit EspCamera(const EspCameraWiring& wiring) : wiring_(wiring) {}
  /// The first call starts the driver. Later calls apply the frame size and quality through the
  /// sensor, because esp_camera_deinit would free the frame buffers callers still hold; a
  /// different buffer count cannot be applied that way and is refused.
  ports::CameraResult init(const ports::CameraConfig& config) override;
  std::optional<ports::FrameBuffer> capture() override;
  void release(const ports::FrameBuffer& frame) override;
  ports::SensorInfo sensor() const override { return info_; }
  ports::CameraResult set(std::string_view name, int value) override;
  ports::CameraResult set_frame_size(std::string_view name) override;

 private:
  EspCameraWiring wiring_;
  bool started_ = false;
  int buffer_count_ = 0;
  ports::SensorInfo info_;
};

}  // namespace printcam::esp32
