#pragma once
// One captured JPEG, shared read-only by every consumer (stream clients, snapshots, the uploader).
// It wraps the driver's buffer and hands it back to the camera when the last reference goes, so
// fan-out costs a reference count, never a copy of the bytes.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/media/jpeg_orientation.hpp"
#include "ports/camera.hpp"

namespace printcam::media {

class Frame {
 public:
  /// Takes ownership of `buffer`; `copied` is the counter copy_bytes() adds to.
  Frame(ports::Camera& camera, const ports::FrameBuffer& buffer, std::uint64_t sequence,
        std::uint64_t captured_ms, std::int64_t unix_time, std::atomic<std::uint64_t>& copied);
  ~Frame();
  Frame(const Frame&) = delete;
  Frame& operator=(const Frame&) = delete;

  const std::uint8_t* data() const { return buffer_.data; }
  std::size_t size() const { return buffer_.size; }
  std::uint16_t width() const { return buffer_.width; }
  std::uint16_t height() const { return buffer_.height; }
  /// 1 for the first frame captured, +1 for each after; a gap means frames a consumer skipped.
  std::uint64_t sequence() const { return sequence_; }
  /// Clock::monotonic_ms() when the capture finished.
  std::uint64_t captured_ms() const { return captured_ms_; }
  /// Clock::unix_time() then; 0 while the clock was not set.
  std::int64_t unix_time() const { return unix_time_; }

  /// The only way to own the bytes beyond the frame's life (the uploader's saved photo must not
  /// pin a driver buffer): `pieces`, orient_jpeg() of this frame, joined into one buffer. The
  /// frame's bytes are counted, so the benchmark can show streaming copies nothing.
  std::vector<std::uint8_t> copy_bytes(const JpegPieces& pieces) const;

 private:
  ports::Camera& camera_;
  ports::FrameBuffer buffer_;
  std::uint64_t sequence_;
  std::uint64_t captured_ms_;
  std::int64_t unix_time_;
  std::atomic<std::uint64_t>& copied_;
};

using FramePtr = std::shared_ptr<const Frame>;

}  // namespace printcam::media
