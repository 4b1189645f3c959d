#pragma once
// The last photo the uploader saved, for /saved-photo.jpg (the Prusa firmware's URL). It owns a
// copy of the bytes: holding the camera's frame instead would pin a driver buffer until the next
// upload, minutes away, and starve the stream.

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/media/frame.hpp"

namespace printcam::media {

struct Photo {
  std::vector<std::uint8_t> jpeg;
  std::uint16_t width = 0;
  std::uint16_t height = 0;
  std::int64_t unix_time = 0;  ///< 0 when the clock was not set.
};

class PhotoStore {
 public:
  /// Keeps a copy of `frame`, as `pieces` (its oriented bytes) say, as the saved photo, replacing
  /// the previous one.
  void save(const Frame& frame, const JpegPieces& pieces);
  /// The saved photo, or nullptr before the first save. Readers share it; nothing is copied.
  std::shared_ptr<const Photo> latest() const;
  /// Called with each photo save() keeps, on the saving thread, outside the store's lock (the SD
  /// card archive queues it there). Set before the first save().
  void on_saved(std::function<void(std::shared_ptr<const Photo>)> fn) { on_saved_ = std::move(fn); }

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const Photo> latest_;
  std::function<void(std::shared_ptr<const Photo>)> on_saved_;
};

}  // namespace printcam::media
