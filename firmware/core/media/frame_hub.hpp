#pragma once
// One capture loop feeding every consumer. The loop runs only while someone wants frames (a
// stream client is subscribed or a fresh frame is awaited), which saves power and sensor heat;
// each consumer takes the newest frame when it is ready, so a slow one skips frames and never
// holds up the loop or the others.
//
// Threads: std::thread, std::mutex and std::condition_variable. ESP-IDF implements them over
// FreeRTOS through its pthread layer (stack size and core from esp_pthread_set_cfg() before the
// hub is built), so the core needs no thread abstraction of its own.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

#include "core/media/frame.hpp"
#include "ports/camera.hpp"
#include "ports/clock.hpp"

namespace printcam::media {

struct FrameHubStats {
  std::uint64_t captures = 0;          ///< Frames the camera delivered.
  std::uint64_t capture_failures = 0;  ///< capture() calls that returned nothing.
  std::uint64_t delivered = 0;         ///< Frames handed to consumers (one per consumer per frame).
  std::uint64_t dropped = 0;           ///< Frames a subscriber skipped because it was busy.
  std::uint64_t bytes_copied = 0;      ///< JPEG bytes copied out of frames (Frame::copy_bytes).
  std::uint32_t subscribers = 0;
  std::uint32_t fresh_waiters = 0;  ///< Snapshots waiting for a frame begun after they asked.
  bool capturing = false;
};

class FrameHub {
 public:
  /// A consumer that wants every frame it can take (a stream client). While one exists the loop
  /// keeps capturing. Destroying it ends the demand. Use from one thread.
  class Subscription {
   public:
    Subscription(Subscription&& other) noexcept;
    Subscription& operator=(Subscription&&) = delete;
    Subscription(const Subscription&) = delete;
    ~Subscription();
    /// The newest frame not yet seen by this subscription, waiting up to `timeout` for one;
    /// nullptr on timeout or when the hub stops.
    FramePtr next(std::chrono::milliseconds timeout);

   private:
    friend class FrameHub;
    explicit Subscription(FrameHub* hub) : hub_(hub) {}
    FrameHub* hub_;
    std::uint64_t last_sequence_ = 0;
  };

  FrameHub(ports::Camera& camera, const ports::Clock& clock);
  /// Stops the loop. Consumers must be gone; frames they still hold stay valid while the camera
  /// lives.
  ~FrameHub();
  FrameHub(const FrameHub&) = delete;
  FrameHub& operator=(const FrameHub&) = delete;

  Subscription subscribe();
  /// A frame whose capture began after this call (a snapshot must not show the past), or nullptr
  /// after `timeout`.
  FramePtr fresh(std::chrono::milliseconds timeout);
  FrameHubStats stats() const;
  /// Runs `change` (a camera restart, a sensor setting) while no capture is in progress, since
  /// the driver may not be reconfigured mid-frame; capturing resumes after it.
  void while_paused(const std::function<void()>& change);

 private:
  void run();
  /// Someone needs the next frame: a subscriber, or a fresh() caller the newest frame does not
  /// satisfy yet (so a snapshot costs one capture, not one more after it).
  bool wanted() const {
    return pauses_ == 0 && (subscribers_ > 0 || (fresh_waiters_ > 0 && latest_ticket_ < fresh_needs_ticket_));
  }
  FramePtr take_locked(std::uint64_t last_sequence);

  ports::Camera& camera_;
  const ports::Clock& clock_;
  mutable std::mutex mu_;
  std::condition_variable demand_;  ///< The loop waits here for consumers.
  std::condition_variable frames_;  ///< Consumers wait here for a newer frame.
  std::condition_variable idle_;    ///< while_paused() waits here for a capture to finish.
  FramePtr latest_;
  std::uint64_t tickets_ = 0;        ///< Captures begun; orders "after the request" for fresh().
  std::uint64_t latest_ticket_ = 0;  ///< The ticket latest_ was captured under.
  std::uint32_t subscribers_ = 0;
  std::uint32_t fresh_waiters_ = 0;
  std::uint64_t fresh_needs_ticket_ = 0;  ///< The ticket the newest fresh() caller waits for.
  std::uint32_t pauses_ = 0;
  bool in_capture_ = false;
  bool stopping_ = false;
  FrameHubStats stats_;
  std::atomic<std::uint64_t> bytes_copied_{0};
  std::thread thread_;  ///< Last: starts after every member above exists.
};

}  // namespace printcam::media
