#include "core/network/portal_task.hpp"

#include <chrono>

namespace printcam::network {

PortalTask::PortalTask(SetupAp& ap, ports::UdpSocket& dns_socket, std::uint16_t dns_port)
    : ap_(ap), socket_(dns_socket), wanted_port_(dns_port), responder_(dns_socket, ap.address()) {}

void PortalTask::start() {
  if (thread_.joinable()) return;
  ap_.boot();
  step();
  thread_ = std::thread([this] { run(); });
}

void PortalTask::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  socket_.close();
  bound_port_ = 0;
}

void PortalTask::run() {
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (stopping_) return;
    }
    ap_.tick();
    step();
    if (bound_port_ != 0) {
      if (!responder_.serve_one(kPortalPollMs)) {
        // A failed socket is rebound on the next step.
        socket_.close();
        bound_port_ = 0;
      }
      continue;
    }
    std::unique_lock<std::mutex> lock(mutex_);
    wake_.wait_for(lock, std::chrono::milliseconds(kPortalPollMs), [this] { return stopping_; });
  }
}

void PortalTask::step() {
  const bool up = ap_.active();
  if (up && bound_port_ == 0) {
    if (socket_.bind(wanted_port_)) {
      bound_port_ = socket_.local_port();
      // Rebinding after the AP comes back keeps the same port (the host asked for any free one).
      wanted_port_ = bound_port_;
    }
  } else if (!up && bound_port_ != 0) {
    socket_.close();
    bound_port_ = 0;
  }
}

}  // namespace printcam::network
