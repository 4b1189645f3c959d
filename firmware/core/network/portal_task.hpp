#pragma once
// The setup network's one task: it ticks the AP's rules and, while the AP is up, answers DNS on
// its socket. The socket is bound only while the AP is up, so the catch-all answers never reach
// the LAN. One std::thread (a FreeRTOS task through pthreads on the ESP32).

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "core/network/dns_responder.hpp"
#include "core/network/setup_ap.hpp"
#include "ports/udp_socket.hpp"

namespace printcam::network {

/// How long one DNS wait lasts before the AP's rules are checked again: they count minutes, so a
/// quarter second is plenty, and a stop request is noticed as quickly.
inline constexpr int kPortalPollMs = 250;

class PortalTask {
 public:
  /// `dns_port`: 53 on the device; the host simulation asks for a free one with 0.
  PortalTask(SetupAp& ap, ports::UdpSocket& dns_socket, std::uint16_t dns_port);
  ~PortalTask() { stop(); }
  PortalTask(const PortalTask&) = delete;
  PortalTask& operator=(const PortalTask&) = delete;

  /// Boots the AP's rules and binds DNS before returning (so dns_port() is known), then runs.
  void start();
  void stop();
  /// The bound DNS port, 0 while the AP is down or the port could not be bound.
  std::uint16_t dns_port() const { return bound_port_.load(); }

 private:
  void run();
  void step();

  SetupAp& ap_;
  ports::UdpSocket& socket_;
  std::uint16_t wanted_port_;
  DnsResponder responder_;
  std::atomic<std::uint16_t> bound_port_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace printcam::network
