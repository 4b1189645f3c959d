#include "platform/esp32/esp_udp_socket.hpp"

#include <lwip/sockets.h>
#include <unistd.h>

#include <cstring>

namespace printcam::esp32 {
namespace {

sockaddr_in to_sockaddr(const std::array<std::uint8_t, 4>& ip, std::uint16_t port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  std::memcpy(&addr.sin_addr.s_addr, ip.data(), ip.size());
  return addr;
}

}  // namespace

bool EspUdpSocket::bind(std::uint16_t port) {
  close();
  const int fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  if (fd < 0) return false;
  sockaddr_in addr = to_sockaddr(address_, port);
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    return false;
  }
  fd_ = fd;
  port_ = ntohs(addr.sin_port);
  return true;
}

long EspUdpSocket::receive_from(std::uint8_t* buf, std::size_t n, ports::UdpPeer& from, int timeout_ms) {
  if (fd_ < 0) return ports::kUdpError;
  fd_set readable;
  FD_ZERO(&readable);
  FD_SET(fd_, &readable);
  timeval timeout{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
  const int ready = select(fd_ + 1, &readable, nullptr, nullptr, &timeout);
  if (ready == 0) return ports::kUdpTimeout;
  if (ready < 0) return ports::kUdpError;
  sockaddr_in addr{};
  socklen_t len = sizeof addr;
  const int got = recvfrom(fd_, buf, n, 0, reinterpret_cast<sockaddr*>(&addr), &len);
  if (got < 0) return ports::kUdpError;
  std::memcpy(from.ip.data(), &addr.sin_addr.s_addr, from.ip.size());
  from.port = ntohs(addr.sin_port);
  return got;
}

bool EspUdpSocket::send_to(const std::uint8_t* data, std::size_t n, const ports::UdpPeer& to) {
  if (fd_ < 0) return false;
  const sockaddr_in addr = to_sockaddr(to.ip, to.port);
  return sendto(fd_, data, n, 0, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) ==
         static_cast<int>(n);
}

void EspUdpSocket::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  port_ = 0;
}

}  // namespace printcam::esp32
