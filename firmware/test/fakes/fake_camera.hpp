#pragma once
// A stateful fake of the Camera port: each capture() hands out a new heap buffer (like a driver
// frame buffer) and the fake checks that every one comes back through release() exactly once.
// Controls: hold captures mid-frame, fail the next N, run a hook at each capture.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/media/frame_sizes.hpp"
#include "ports/camera.hpp"

namespace printcam::fakes {

class FakeCamera : public ports::Camera {
 public:
  /// Time each capture takes, like a sensor's frame period.
  std::chrono::milliseconds frame_period{1};
  /// Runs inside capture() with the frame's number (1-based), before the frame is returned.
  std::function<void(int)> on_capture;
  /// Frames then lack the JPEG start marker (FF D8), like a sensor sending garbage.
  std::atomic<bool> without_soi{false};

  ports::CameraResult init(const ports::CameraConfig& config) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (media::find_frame_size(config.frame_size) == nullptr) return {ports::CameraError::kUnsupported, 0};
    config_ = config;
    ++inits_;
    return {};
  }

  std::optional<ports::FrameBuffer> capture() override {
    std::unique_lock<std::mutex> lock(mu_);
    const int number = ++gets_;
    in_capture_ = true;
    cv_.notify_all();
    cv_.wait(lock, [this] { return !held_; });
    if (failures_left_ > 0) {
      --failures_left_;
      --gets_;
      ++failed_;
      in_capture_ = false;
      return std::nullopt;
    }
    const media::FrameSize* size = media::find_frame_size(config_.frame_size);
    lock.unlock();
    std::this_thread::sleep_for(frame_period);
    if (on_capture) on_capture(number);
    auto bytes = std::make_unique<std::vector<std::uint8_t>>();
    const std::string text = (without_soi ? "garbage" : "\xFF\xD8") + std::string(" fake jpeg #") +
                             std::to_string(number) + " \xFF\xD9";
    bytes->assign(text.begin(), text.end());
    ports::FrameBuffer fb{bytes->data(), bytes->size(), size ? size->width : std::uint16_t{0},
                          size ? size->height : std::uint16_t{0}, bytes.get()};
    lock.lock();
    outstanding_[fb.handle] = std::move(bytes);
    in_capture_ = false;
    return fb;
  }

  void release(const ports::FrameBuffer& fb) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (outstanding_.erase(fb.handle) == 1) {
      ++returns_;
    } else {
      ++bad_releases_;  // Unknown buffer, or returned twice.
    }
  }

  ports::SensorInfo sensor() const override { return {"FAKE", {"QVGA", "VGA"}}; }
  ports::CameraResult set(std::string_view name, int value) override {
    std::lock_guard<std::mutex> lock(mu_);
    settings_[std::string(name)] = value;
    return {};
  }
  ports::CameraResult set_frame_size(std::string_view name) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (media::find_frame_size(name) == nullptr) return {ports::CameraError::kUnsupported, 0};
    config_.frame_size = std::string(name);
    return {};
  }

  /// While held, capture() blocks after counting itself as begun.
  void hold(bool on) {
    std::lock_guard<std::mutex> lock(mu_);
    held_ = on;
    cv_.notify_all();
  }
  /// Blocks until capture number `n` has begun.
  void wait_for_capture(int n) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return gets_ >= n; });
  }
  void fail_next(int n) {
    std::lock_guard<std::mutex> lock(mu_);
    failures_left_ = n;
  }

  int gets() const { return locked(gets_); }
  int returns() const { return locked(returns_); }
  int failed() const { return locked(failed_); }
  int bad_releases() const { return locked(bad_releases_); }
  int inits() const { return locked(inits_); }
  /// True while a capture() call is running (reconfiguring then would be a driver error).
  bool in_capture() const {
    std::lock_guard<std::mutex> lock(mu_);
    return in_capture_;
  }
  std::size_t outstanding() const {
    std::lock_guard<std::mutex> lock(mu_);
    return outstanding_.size();
  }
  /// The value last set for sensor setting `name`, or -1000 when never set.
  int setting(const std::string& name) const {
    std::lock_guard<std::mutex> lock(mu_);
    const auto it = settings_.find(name);
    return it == settings_.end() ? -1000 : it->second;
  }
  ports::CameraConfig config() const {
    std::lock_guard<std::mutex> lock(mu_);
    return config_;
  }

 private:
  int locked(const int& v) const {
    std::lock_guard<std::mutex> lock(mu_);
    return v;
  }

  mutable std::mutex mu_;
  std::condition_variable cv_;
  ports::CameraConfig config_;
  std::map<void*, std::unique_ptr<std::vector<std::uint8_t>>> outstanding_;
  std::map<std::string, int> settings_;
  bool held_ = false;
  bool in_capture_ = false;
  int failures_left_ = 0;
  int gets_ = 0, returns_ = 0, failed_ = 0, bad_releases_ = 0, inits_ = 0;
};

}  // namespace printcam::fakes
