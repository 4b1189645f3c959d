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

std::vector<std::uint8_t> Frame::copy_bytes(const JpegPieces& pieces) const {
  copied_ += pieces.body.size;
  std::vector<std::uint8_t> bytes;
  bytes.reserve(pieces.size());
  if (pieces.head.size > 0) bytes.insert(bytes.end(), pieces.head.data, pieces.head.data + pieces.head.size);
  bytes.insert(bytes.end(), pieces.body.data, pieces.body.data + pieces.body.size);
  return bytes;
}

}  // namespace printcam::media
