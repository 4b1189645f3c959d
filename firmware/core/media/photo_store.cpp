#include "core/media/photo_store.hpp"

#include <utility>

namespace printcam::media {

void PhotoStore::save(const Frame& frame, const JpegPieces& pieces) {
  auto photo = std::make_shared<Photo>();
  photo->jpeg = frame.copy_bytes(pieces);
  photo->width = frame.width();
  photo->height = frame.height();
  photo->unix_time = frame.unix_time();
  std::shared_ptr<const Photo> saved = photo;
  std::shared_ptr<const Photo> previous;
  {
    std::lock_guard<std::mutex> lock(mu_);
    previous = std::exchange(latest_, std::move(photo));
  }
  if (on_saved_) on_saved_(std::move(saved));
}

std::shared_ptr<const Photo> PhotoStore::latest() const {
  std::lock_guard<std::mutex> lock(mu_);
  return latest_;
}

}  // namespace printcam::media
