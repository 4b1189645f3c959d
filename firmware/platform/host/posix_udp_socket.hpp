#pragma once

#include <cstdint>

#include "ports/udp_socket.hpp"

namespace printcam::host {

/// A UDP socket on 127.0.0.1 (the simulated camera's DNS responder, and tests that talk to it).
class PosixUdpSocket final : public ports::UdpSocket {
 public:
  ~PosixUdpSocket() override { close(); }
  bool bind(std::uint16_t port) override;
  std::uint16_t local_port() const override { return port_; }
  long receive_from(std::uint8_t* buf, std::size_t n, ports::UdpPeer& from, int timeout_ms) override;
  bool send_to(const std::uint8_t* data, std::size_t n, const ports::UdpPeer& to) override;
  void close() override;

 private:
  int fd_ = -1;
  std::uint16_t port_ = 0;
};

}  // namespace printcam::host
