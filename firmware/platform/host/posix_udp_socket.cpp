#include "platform/host/posix_udp_socket.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace printcam::host {
namespace {

sockaddr_in to_sockaddr(const ports::UdpPeer& peer) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(peer.port);
  std::memcpy(&addr.sin_addr, peer.ip.data(), peer.ip.size());
  return addr;
}

}  // namespace

bool PosixUdpSocket::bind(std::uint16_t port) {
  close();
  const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  sockaddr_in addr = to_sockaddr(ports::UdpPeer{{127, 0, 0, 1}, port});
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    return false;
  }
  fd_ = fd;
  port_ = ntohs(addr.sin_port);
  return true;
}

long PosixUdpSocket::receive_from(std::uint8_t* buf, std::size_t n, ports::UdpPeer& from, int timeout_ms) {
  if (fd_ < 0) return ports::kUdpError;
  pollfd p{fd_, POLLIN, 0};
  const int ready = ::poll(&p, 1, timeout_ms);
  if (ready == 0) return ports::kUdpTimeout;
  if (ready < 0) return errno == EINTR ? ports::kUdpTimeout : ports::kUdpError;
  sockaddr_in addr{};
  socklen_t len = sizeof addr;
  const ssize_t got = ::recvfrom(fd_, buf, n, 0, reinterpret_cast<sockaddr*>(&addr), &len);
  if (got < 0) return ports::kUdpError;
  std::memcpy(from.ip.data(), &addr.sin_addr, from.ip.size());
  from.port = ntohs(addr.sin_port);
  return static_cast<long>(got);
}

bool PosixUdpSocket::send_to(const std::uint8_t* data, std::size_t n, const ports::UdpPeer& to) {
  if (fd_ < 0) return false;
  const sockaddr_in addr = to_sockaddr(to);
  return ::sendto(fd_, data, n, 0, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) ==
         static_cast<ssize_t>(n);
}

void PosixUdpSocket::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  port_ = 0;
}

}  // namespace printcam::host
