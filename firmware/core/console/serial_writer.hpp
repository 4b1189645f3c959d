#pragma once
// The one writer of the shared UART: console replies, Improv packets and log lines all go
// through it, each written whole under a lock, so a log line from another task can never land
// inside an Improv packet (the client would drop the packet) or split a reply.

#include <mutex>
#include <string_view>

#include "core/console/improv_protocol.hpp"
#include "ports/serial_port.hpp"

namespace printcam::console {

class SerialWriter {
 public:
  explicit SerialWriter(ports::SerialPort& port) : port_(port) {}
  /// Writes `line` and a '\n'. For replies and log lines.
  void write_line(std::string_view line);
  /// Writes one whole packet (built with its trailing '\n').
  void write_packet(const improv::Bytes& packet);

 private:
  ports::SerialPort& port_;
  std::mutex mutex_;
};

}  // namespace printcam::console
