#include "core/connect/upload_worker.hpp"

namespace printcam::connect {

UploadWorker::UploadWorker(Uploader& uploader, ports::HttpClient& http, const ports::Clock& clock,
                           Waiter& waiter)
    : uploader_(uploader), http_(http), clock_(clock), waiter_(waiter) {}

void UploadWorker::start() {
  std::lock_guard<std::mutex> lock(mu_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void UploadWorker::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  http_.cancel();
  if (thread_.joinable()) thread_.join();
}

TriggerResult UploadWorker::request_upload() {
  TriggerResult result = uploader_.request_upload();
  if (result.accepted) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      woken_ = true;
    }
    cv_.notify_all();
  }
  return result;
}

void UploadWorker::loop() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopping_) {
    woken_ = false;
    lock.unlock();
    const std::uint64_t next = uploader_.step();
    if (on_step_) on_step_();
    lock.lock();
    if (stopping_ || woken_) continue;
    const std::uint64_t now = clock_.monotonic_ms();
    if (next > now) waiter_.wait(lock, cv_, next - now);
  }
}

}  // namespace printcam::connect
