#pragma once
// The UdpSocket port over lwIP's BSD sockets (ports/udp_socket.hpp): socket + bind, select with
// the timeout + recvfrom, sendto, close. Bound to one address, the setup AP's own, so the
// captive portal's DNS answers reach only phones on the AP, never the LAN.

#include "core/network/ap_address.hpp"
#include "ports/udp_socket.hpp"

namespace printcam::esp32 {

class EspUdpSocket final : public ports::UdpSocket {
 public:
  explicit EspUdpSocket(const network::Ipv4& address) : address_(address) {}
  ~EspUdpSocket() override { close(); }
  bool bind(std::uint16_t port) override;
  std::uint16_t local_port() const override { return port_; }
  long receive_from(std::uint8_t* buf, std::size_t n, ports::UdpPeer& from, int timeout_ms) override;
  bool send_to(const std::uint8_t* data, std::size_t n, const ports::UdpPeer& to) override;
  void close() override;

 private:
  network::Ipv4 address_;
  int fd_ = -1;
  std::uint16_t port_ = 0;
};

}  // namespace printcam::esp32
