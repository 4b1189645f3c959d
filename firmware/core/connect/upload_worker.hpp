#pragma once
// The uploader's own thread (std::thread; on the ESP32 it runs over pthreads, so the stack size
// comes from esp_pthread_set_cfg before start()). It calls Uploader::step() and sleeps until the
// time step() asked for, or until "upload now" wakes it.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

#include "core/connect/uploader.hpp"

namespace printcam::connect {

/// How the worker waits `delay_ms` of the uploader's clock. Production waits in real time; the
/// upload soak swaps in a waiter that advances a manual clock, so thousands of 10 s cycles run in
/// seconds while every rule still sees its own time.
class Waiter {
 public:
  virtual ~Waiter() = default;
  /// Called with `lock` held; returns with it held, early when `cv` is notified.
  virtual void wait(std::unique_lock<std::mutex>& lock, std::condition_variable& cv,
                    std::uint64_t delay_ms) = 0;
};

class RealTimeWaiter final : public Waiter {
 public:
  void wait(std::unique_lock<std::mutex>& lock, std::condition_variable& cv,
            std::uint64_t delay_ms) override {
    cv.wait_for(lock, std::chrono::milliseconds(delay_ms));
  }
};

/// What the POST /api/connect/upload route needs.
class UploadTrigger {
 public:
  virtual ~UploadTrigger() = default;
  virtual TriggerResult request_upload() = 0;
};

class UploadWorker final : public UploadTrigger {
 public:
  UploadWorker(Uploader& uploader, ports::HttpClient& http, const ports::Clock& clock, Waiter& waiter);
  ~UploadWorker() override { stop(); }
  UploadWorker(const UploadWorker&) = delete;
  UploadWorker& operator=(const UploadWorker&) = delete;

  /// Called on the worker's thread after each step of the uploader (an attempt may have ended);
  /// set before start().
  void on_step(std::function<void()> fn) { on_step_ = std::move(fn); }
  void start();
  /// Cancels a running upload and joins the thread.
  void stop();
  TriggerResult request_upload() override;

 private:
  void loop();

  Uploader& uploader_;
  ports::HttpClient& http_;
  const ports::Clock& clock_;
  Waiter& waiter_;
  std::function<void()> on_step_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace printcam::connect
