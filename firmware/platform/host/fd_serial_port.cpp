#include "platform/host/fd_serial_port.hpp"

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace printcam::host {
namespace {

/// A write that cannot go on for this long is dropped: a pty nobody reads fills up, and a real
/// UART sends at its baud rate whatever happens, so the camera must never wait on its reader.
constexpr int kWriteStallMs = 1000;

std::string os_error(const char* what) {
  return std::string(what) + ": " + std::strerror(errno);
}

}  // namespace

std::unique_ptr<FdSerialPort> FdSerialPort::open_stdio() {
  return std::unique_ptr<FdSerialPort>(new FdSerialPort(STDIN_FILENO, STDOUT_FILENO, -1, false));
}

std::unique_ptr<FdSerialPort> FdSerialPort::open_pty(std::string& path, std::string& error) {
  const int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0) {
    error = os_error("posix_openpt");
    return nullptr;
  }
  const char* name = nullptr;
  int slave = -1;
  termios raw{};
  if (grantpt(master) != 0 || unlockpt(master) != 0 || (name = ptsname(master)) == nullptr ||
      (slave = open(name, O_RDWR | O_NOCTTY)) < 0 || tcgetattr(slave, &raw) != 0) {
    error = os_error("pty");
    if (slave >= 0) close(slave);
    close(master);
    return nullptr;
  }
  cfmakeraw(&raw);
  tcsetattr(slave, TCSANOW, &raw);
  fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
  path = name;
  return std::unique_ptr<FdSerialPort>(new FdSerialPort(master, master, slave, true));
}

FdSerialPort::~FdSerialPort() {
  if (!owned_) return;
  close(read_fd_);
  if (keep_open_fd_ >= 0) close(keep_open_fd_);
}

std::optional<std::size_t> FdSerialPort::read(std::uint8_t* buf, std::size_t cap, std::uint32_t timeout_ms) {
  pollfd p{read_fd_, POLLIN, 0};
  const int ready = poll(&p, 1, static_cast<int>(timeout_ms));
  if (ready == 0 || (ready < 0 && errno == EINTR)) return 0;
  if (ready < 0) return std::nullopt;
  const ssize_t n = ::read(read_fd_, buf, cap);
  if (n > 0) return static_cast<std::size_t>(n);
  if (n < 0 && (errno == EAGAIN || errno == EINTR)) return 0;
  return std::nullopt;  // end of file, or the descriptor failed
}

bool FdSerialPort::write(const std::uint8_t* data, std::size_t len) {
  while (len > 0) {
    const ssize_t n = ::write(write_fd_, data, len);
    if (n > 0) {
      data += n;
      len -= static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno != EAGAIN) return false;
    pollfd p{write_fd_, POLLOUT, 0};
    if (poll(&p, 1, kWriteStallMs) <= 0) return false;
  }
  return true;
}

}  // namespace printcam::host
