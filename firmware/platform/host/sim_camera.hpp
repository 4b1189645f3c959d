#pragma once
// The simulated camera's sensor: real baseline JPEGs at the configured frame size and quality,
// either generated (a moving test pattern with the frame number and time, see test_pattern.hpp)
// or played in a loop from a folder of JPEG files (--frames). capture() blocks until the next
// frame is due at the configured rate, as esp_camera_fb_get() waits for the sensor.

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/media/frame_sizes.hpp"
#include "platform/host/jpeg_codec.hpp"
#include "platform/host/test_pattern.hpp"
#include "ports/camera.hpp"

namespace printcam::host {

class SimCamera final : public ports::Camera {
 public:
  /// `fps` paces both sources; `frames_dir` empty generates frames.
  SimCamera(int fps, std::string frames_dir);
  /// Every frame must have been released (the core's FrameHub is destroyed first).
  ~SimCamera() override;

  ports::CameraResult init(const ports::CameraConfig& config) override;
  std::optional<ports::FrameBuffer> capture() override;
  void release(const ports::FrameBuffer& frame) override;
  ports::SensorInfo sensor() const override;
  ports::CameraResult set(std::string_view name, int value) override;
  ports::CameraResult set_frame_size(std::string_view name) override;

  /// Frames captured and not yet released.
  std::size_t outstanding() const;

 private:
  std::optional<ports::FrameBuffer> generate(std::uint64_t number);
  std::optional<ports::FrameBuffer> from_folder(std::uint64_t number);
  void wait_for_next_frame();
  ports::CameraResult load_folder();

  const std::chrono::microseconds period_;
  const std::string frames_dir_;
  mutable std::mutex mu_;
  bool initialized_ = false;
  const media::FrameSize* size_ = nullptr;
  int quality_ = 12;
  std::map<std::string, int, std::less<>> settings_;
  struct FolderFrame {
    std::vector<std::uint8_t> bytes;
    JpegInfo info;
  };
  /// Loaded once: frames the core still holds point into it.
  std::vector<FolderFrame> folder_;
  std::size_t outstanding_ = 0;
  // Touched by the capturing thread only.
  JpegEncoder encoder_;
  std::unique_ptr<RgbImage> image_;
  std::chrono::steady_clock::time_point next_due_;
  std::uint64_t captured_ = 0;
};

}  // namespace printcam::host
