#pragma once
// The media service: one capture loop (FrameHub), the flash LED's behaviour (Light), the saved
// photo (PhotoStore) and the stream client limit, composed over the Camera, Led and Clock ports.
// The HTTP routes (media_routes.hpp) and the Prusa Connect uploader use it.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/media/frame_hub.hpp"
#include "core/media/jpeg_orientation.hpp"
#include "core/media/light.hpp"
#include "core/media/photo_store.hpp"
#include "core/media/stream_slots.hpp"
#include "ports/camera.hpp"
#include "ports/clock.hpp"
#include "ports/led.hpp"

namespace printcam::media {

/// A photo that takes longer than this has failed: the OV2640 delivers even UXGA in well under
/// a second, and the flash adds at most 1.5 s.
inline constexpr std::chrono::milliseconds kPhotoTimeout{5000};

struct MediaLimits {
  std::size_t max_stream_clients = kDefaultMaxStreamClients;
  int max_duty_percent = kDefaultMaxDutyPercent;
  std::chrono::milliseconds photo_timeout = kPhotoTimeout;
};

class Media {
 public:
  Media(ports::Camera& camera, ports::Led& led, const ports::Clock& clock, const MediaLimits& limits = {});

  /// (Re)starts the sensor with a frame size name and JPEG quality.
  ports::CameraResult start_camera(const ports::CameraConfig& config);
  /// One sensor setting by name ("hmirror", "brightness", …), applied between two captures.
  ports::CameraResult set_sensor(std::string_view name, int value);
  /// A new frame size by name ("VGA"), applied between two captures.
  ports::CameraResult set_frame_size(std::string_view name);
  /// A photo for a person or the uploader: fires the flash when the light mode is "flash", then
  /// returns a frame whose capture began after this call; nullptr when the camera gave none
  /// within MediaLimits::photo_timeout.
  FramePtr take_photo();
  /// camera.rotation in degrees clockwise; every JPEG handed out from now on says it (EXIF).
  void set_rotation(int degrees) { rotation_.store(degrees); }
  /// `frame` as it goes out: labelled with the current rotation, its bytes not copied.
  JpegPieces oriented(const Frame& frame) const {
    return orient_jpeg(frame.data(), frame.size(), rotation_.load());
  }
  /// `"stream":{…}` members for /api/status: clients, max_clients and the hub's counters.
  std::string status_json() const;

  ports::Camera& camera() { return camera_; }
  FrameHub& hub() { return hub_; }
  Light& light() { return light_; }
  PhotoStore& photos() { return photos_; }
  StreamSlots& streams() { return streams_; }

 private:
  ports::Camera& camera_;
  const std::chrono::milliseconds photo_timeout_;
  std::atomic<int> rotation_{0};
  Light light_;
  PhotoStore photos_;
  StreamSlots streams_;
  FrameHub hub_;  ///< Last: its thread starts once everything above exists, and stops first.
};

}  // namespace printcam::media
