#include "core/media/frame.hpp"

namespace printcam::media {

Frame::Frame(ports::Camera& camera, const ports::FrameBuffer& buffer, std::uint64_t sequence,
             std::uint64_t captured_ms, std::int64_t unix_time, std::atomic<std::uint64_t>& copied)
    : camera_(camera),
      buffer_(buffer),
      sequence_(sequence),
      captured_ms_(captured_ms),
      unix_time_(unix_time),
      copied_(copied) {}

Frame::~Frame() {
  camera_.release(buffer_);
}

std::vector<std::uint8_t> Frame::copy_bytes() const {
  copied_ += buffer_.size;
  return std::vector<std::uint8_t>(buffer_.data, buffer_.data + buffer_.size);
}

}  // namespace printcam::media
