#pragma once
// The camera port: a JPEG sensor driven through esp32-camera on the ESP32 and a frame generator on
// the host. Shaped after esp_camera.h so the ESP32 adapter is a line-by-line translation:
//   init()           → esp_camera_init() with camera_config_t{pixel_format = PIXFORMAT_JPEG,
//                      frame_size = FRAMESIZE_<name>, jpeg_quality, fb_count, grab_mode}
//   capture()        → esp_camera_fb_get(); FrameBuffer::handle is the camera_fb_t*
//   release()        → esp_camera_fb_return(handle)
//   sensor()         → esp_camera_sensor_get()->id.PID → model name, and the frame sizes up to the
//                      sensor's max_size (camera_sensor[].max_size)
//   set(name, v)     → sensor_t::set_<name>(sensor, v) (set_brightness, set_hmirror, …)
//   set_frame_size() → sensor_t::set_framesize(sensor, FRAMESIZE_<name>)
// Frame sizes and settings travel by NAME ("VGA", "brightness"), never by driver index:
// esp32-camera renumbered framesize_t in v2.0.14, so an index means different sizes on different
// driver versions. Each adapter translates names to its own values.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace printcam::ports {

/// Why a camera call failed. `platform_code` carries the adapter's own code upward (an esp_err_t
/// such as ESP_ERR_CAMERA_NOT_DETECTED, or an errno on the host) for logs.
enum class CameraError {
  kNone,
  kNotDetected,     ///< No sensor answered (ribbon cable, power).
  kNotInitialized,  ///< init() has not succeeded yet.
  kUnsupported,     ///< Unknown frame size or setting name, or not supported by this sensor.
  kOutOfRange,      ///< A known setting with a value outside its range.
  kFailed,          ///< Anything else; see platform_code.
};

struct CameraResult {
  CameraError error = CameraError::kNone;
  int platform_code = 0;
  bool ok() const { return error == CameraError::kNone; }
};

struct CameraConfig {
  /// esp32-camera's frame size name without the FRAMESIZE_ prefix: "QVGA", "VGA", "UXGA", "96X96".
  std::string frame_size = "VGA";
  /// JPEG quality as the driver counts it: 0..63, lower is better (10–12 is typical).
  int jpeg_quality = 12;
  /// Driver frame buffers (fb_count). Frames the core still holds count against these (see capture()).
  int buffer_count = 2;
};

/// One JPEG frame still owned by the driver. Valid until release(); the bytes never move.
struct FrameBuffer {
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
  std::uint16_t width = 0;
  std::uint16_t height = 0;
  /// The adapter's own buffer (camera_fb_t* on the ESP32), handed back in release().
  void* handle = nullptr;
};

struct SensorInfo {
  /// "OV2640", "OV3660", "OV5640", … ("SIM" on the host).
  std::string model;
  /// The frame size names this sensor can produce, smallest first.
  std::vector<std::string> frame_sizes;
};

/// Threading: capture() is called from one thread (the core's capture loop); release() may come
/// from any thread, whichever drops the last reference to a frame, so adapters must allow that
/// (esp_camera_fb_return is queue-based and does). init(), set() and set_frame_size() are called
/// while no capture() is running.
class Camera {
 public:
  virtual ~Camera() = default;
  /// Starts (or restarts with a new config) the sensor. Frames still held stay valid.
  virtual CameraResult init(const CameraConfig& config) = 0;
  /// Blocks until the next frame is ready; nullopt when the driver gives up (its timeout) or the
  /// camera is not initialized. Every returned buffer must be release()d exactly once. A driver
  /// with a fixed number of buffers blocks or fails while all of them are held, so the core holds
  /// as few as it can.
  virtual std::optional<FrameBuffer> capture() = 0;
  virtual void release(const FrameBuffer& frame) = 0;
  virtual SensorInfo sensor() const = 0;
  /// Applies one sensor setting by name with the driver's value range: brightness, contrast,
  /// saturation, sharpness, ae_level (-2..2); hmirror, vflip, awb, awb_gain, aec, aec2, agc, bpc,
  /// wpc, raw_gma, lenc, dcw, colorbar (0/1); special_effect (0..6); wb_mode (0..4);
  /// aec_value (0..1200); agc_gain (0..30); gainceiling (0..6); quality (0..63).
  virtual CameraResult set(std::string_view name, int value) = 0;
  virtual CameraResult set_frame_size(std::string_view name) = 0;
};

}  // namespace printcam::ports
