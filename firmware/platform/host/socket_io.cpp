#include "platform/host/socket_io.hpp"

#include <sys/socket.h>
#include <sys/time.h>

#include <cerrno>

namespace printcam::host {

bool write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

long read_some(int fd, void* buf, std::size_t n) {
  for (;;) {
    const ssize_t r = ::recv(fd, buf, n, 0);
    if (r < 0 && errno == EINTR) continue;
    return r < 0 ? -1 : static_cast<long>(r);
  }
}

void set_timeouts(int fd, int recv_seconds, int send_seconds) {
  timeval rt{recv_seconds, 0};
  timeval st{send_seconds, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &rt, sizeof rt);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &st, sizeof st);
}

}  // namespace printcam::host
