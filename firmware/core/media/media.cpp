#include "core/media/media.hpp"

namespace printcam::media {

Media::Media(ports::Camera& camera, ports::Led& led, const ports::Clock& clock, const MediaLimits& limits)
    : camera_(camera),
      photo_timeout_(limits.photo_timeout),
      light_(led, limits.max_duty_percent),
      streams_(limits.max_stream_clients),
      hub_(camera, clock) {}

ports::CameraResult Media::start_camera(const ports::CameraConfig& config) {
  ports::CameraResult result;
  hub_.while_paused([&] { result = camera_.init(config); });
  return result;
}

ports::CameraResult Media::set_sensor(std::string_view name, int value) {
  ports::CameraResult result;
  hub_.while_paused([&] { result = camera_.set(name, value); });
  return result;
}

ports::CameraResult Media::set_frame_size(std::string_view name) {
  ports::CameraResult result;
  hub_.while_paused([&] { result = camera_.set_frame_size(name); });
  return result;
}

FramePtr Media::take_photo() {
  const Light::Flash flash = light_.flash_for_photo();
  return hub_.fresh(photo_timeout_);
}

std::string Media::status_json() const {
  const FrameHubStats s = hub_.stats();
  std::string j = "{\"clients\":" + std::to_string(streams_.in_use());
  j += ",\"max_clients\":" + std::to_string(streams_.max());
  j += ",\"capturing\":" + std::string(s.capturing ? "true" : "false");
  j += ",\"captures\":" + std::to_string(s.captures);
  j += ",\"capture_failures\":" + std::to_string(s.capture_failures);
  j += ",\"frames_delivered\":" + std::to_string(s.delivered);
  j += ",\"frames_dropped\":" + std::to_string(s.dropped);
  j += ",\"bytes_copied\":" + std::to_string(s.bytes_copied);
  j += "}";
  return j;
}

}  // namespace printcam::media
