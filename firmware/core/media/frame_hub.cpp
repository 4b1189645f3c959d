#include "core/media/frame_hub.hpp"

#include <algorithm>
#include <utility>

namespace printcam::media {
namespace {

/// After the camera returns nothing, wait this long before asking again, so a missing sensor
/// costs a retry a few times a second instead of a busy loop.
constexpr std::chrono::milliseconds kRetryDelay{200};

}  // namespace

FrameHub::FrameHub(ports::Camera& camera, const ports::Clock& clock)
    : camera_(camera), clock_(clock), thread_([this] { run(); }) {}

FrameHub::~FrameHub() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  demand_.notify_all();
  frames_.notify_all();
  thread_.join();
}

void FrameHub::run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopping_) {
    if (!wanted()) {
      stats_.capturing = false;
      // A fresh() caller may still be about to take the newest frame; once none is, give the
      // driver its buffer back while nobody watches.
      demand_.wait(lock, [this] { return stopping_ || wanted() || fresh_waiters_ == 0; });
      if (stopping_ || wanted()) continue;
      FramePtr idle = std::move(latest_);
      lock.unlock();
      idle.reset();
      lock.lock();
      demand_.wait(lock, [this] { return stopping_ || wanted(); });
      continue;
    }
    stats_.capturing = true;
    const std::uint64_t ticket = ++tickets_;
    in_capture_ = true;
    lock.unlock();
    const std::optional<ports::FrameBuffer> buffer = camera_.capture();
    lock.lock();
    in_capture_ = false;
    idle_.notify_all();
    if (!buffer) {
      ++stats_.capture_failures;
      demand_.wait_for(lock, kRetryDelay, [this] { return stopping_; });
      continue;
    }
    auto frame = std::make_shared<const Frame>(camera_, *buffer, ++stats_.captures, clock_.monotonic_ms(),
                                               clock_.unix_time(), bytes_copied_);
    FramePtr previous = std::exchange(latest_, std::move(frame));
    latest_ticket_ = ticket;
    frames_.notify_all();
    // The previous frame goes back to the driver (if no consumer holds it) outside the lock.
    lock.unlock();
    previous.reset();
    lock.lock();
  }
  FramePtr last = std::move(latest_);
  lock.unlock();
}

FramePtr FrameHub::take_locked(std::uint64_t last_sequence) {
  ++stats_.delivered;
  if (last_sequence != 0) stats_.dropped += latest_->sequence() - last_sequence - 1;
  return latest_;
}

FrameHub::Subscription FrameHub::subscribe() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    ++subscribers_;
  }
  demand_.notify_all();
  return Subscription(this);
}

FrameHub::Subscription::Subscription(Subscription&& other) noexcept
    : hub_(std::exchange(other.hub_, nullptr)), last_sequence_(other.last_sequence_) {}

FrameHub::Subscription::~Subscription() {
  if (hub_ == nullptr) return;
  std::lock_guard<std::mutex> lock(hub_->mu_);
  --hub_->subscribers_;
}

FramePtr FrameHub::Subscription::next(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(hub_->mu_);
  const bool ready = hub_->frames_.wait_for(lock, timeout, [this] {
    return hub_->stopping_ || (hub_->latest_ && hub_->latest_->sequence() > last_sequence_);
  });
  if (!ready || hub_->stopping_) return nullptr;
  FramePtr frame = hub_->take_locked(last_sequence_);
  last_sequence_ = frame->sequence();
  return frame;
}

FramePtr FrameHub::fresh(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mu_);
  const std::uint64_t asked_at = tickets_;
  fresh_needs_ticket_ = std::max(fresh_needs_ticket_, asked_at + 1);
  ++fresh_waiters_;
  demand_.notify_all();
  const bool ready =
      frames_.wait_for(lock, timeout, [&] { return stopping_ || (latest_ && latest_ticket_ > asked_at); });
  --fresh_waiters_;
  demand_.notify_all();  // The loop may be waiting for this to go idle.
  if (!ready || stopping_) return nullptr;
  return take_locked(0);
}

void FrameHub::while_paused(const std::function<void()>& change) {
  std::unique_lock<std::mutex> lock(mu_);
  ++pauses_;
  idle_.wait(lock, [this] { return !in_capture_; });
  lock.unlock();
  change();
  lock.lock();
  --pauses_;
  lock.unlock();
  demand_.notify_all();
}

FrameHubStats FrameHub::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  FrameHubStats s = stats_;
  s.subscribers = subscribers_;
  s.fresh_waiters = fresh_waiters_;
  s.bytes_copied = bytes_copied_.load();
  return s;
}

}  // namespace printcam::media
