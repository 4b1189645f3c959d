#include "core/media/stream_slots.hpp"

#include <utility>

namespace printcam::media {

std::optional<StreamSlots::Slot> StreamSlots::try_acquire() {
  std::lock_guard<std::mutex> lock(mu_);
  if (in_use_ >= max_) return std::nullopt;
  ++in_use_;
  return Slot(this);
}

std::size_t StreamSlots::in_use() const {
  std::lock_guard<std::mutex> lock(mu_);
  return in_use_;
}

std::size_t StreamSlots::max() const {
  std::lock_guard<std::mutex> lock(mu_);
  return max_;
}

void StreamSlots::set_max(std::size_t max) {
  std::lock_guard<std::mutex> lock(mu_);
  max_ = max;
}

StreamSlots::Slot::Slot(Slot&& other) noexcept : owner_(std::exchange(other.owner_, nullptr)) {}

StreamSlots::Slot::~Slot() {
  if (owner_ == nullptr) return;
  std::lock_guard<std::mutex> lock(owner_->mu_);
  --owner_->in_use_;
}

}  // namespace printcam::media
