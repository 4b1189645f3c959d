#pragma once
// The simulated camera's serial port: stdin/stdout, or a pseudo-terminal that a program opens
// like a USB serial adapter (`--serial pty` prints its path).

#include <memory>
#include <string>

#include "ports/serial_port.hpp"

namespace printcam::host {

class FdSerialPort final : public ports::SerialPort {
 public:
  /// stdin and stdout, left in whatever terminal mode they are (a person typing sees an echo).
  static std::unique_ptr<FdSerialPort> open_stdio();
  /// A new pty in raw mode (no echo, no CR/LF translation, every byte as sent, like a UART);
  /// `path` receives the name to open (/dev/pts/N). nullptr with `error` set on failure.
  static std::unique_ptr<FdSerialPort> open_pty(std::string& path, std::string& error);

  ~FdSerialPort() override;
  FdSerialPort(const FdSerialPort&) = delete;
  FdSerialPort& operator=(const FdSerialPort&) = delete;

  std::optional<std::size_t> read(std::uint8_t* buf, std::size_t cap, std::uint32_t timeout_ms) override;
  bool write(const std::uint8_t* data, std::size_t len) override;

 private:
  FdSerialPort(int read_fd, int write_fd, int keep_open_fd, bool owned)
      : read_fd_(read_fd), write_fd_(write_fd), keep_open_fd_(keep_open_fd), owned_(owned) {}

  int read_fd_;
  int write_fd_;
  /// The pty's own end, held open so the port survives clients opening and closing it (without
  /// it, the master reads EIO whenever no client has the pty open).
  int keep_open_fd_;
  bool owned_;
};

}  // namespace printcam::host
