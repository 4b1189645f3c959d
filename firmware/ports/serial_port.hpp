#pragma once
// The one UART the camera shares between its logs and the serial console (text commands and
// Improv Serial). ESP32: `uart_read_bytes(UART_NUM_0, buf, cap, pdMS_TO_TICKS(timeout_ms))`
// (returns the count, or -1 on error) and `uart_write_bytes(UART_NUM_0, data, len)` from
// driver/uart.h after `uart_driver_install`; on boards whose console is the S3's built-in USB,
// `usb_serial_jtag_read_bytes` / `usb_serial_jtag_write_bytes` from driver/usb_serial_jtag.h.
// Host: stdin/stdout or a pseudo-terminal (platform/host/fd_serial_port.hpp).

#include <cstddef>
#include <cstdint>
#include <optional>

namespace printcam::ports {

class SerialPort {
 public:
  virtual ~SerialPort() = default;
  /// Waits at most `timeout_ms` for input, then returns the bytes already received (up to `cap`;
  /// 0 when none came). nullopt: the port is closed for good (host stdin at end of file).
  virtual std::optional<std::size_t> read(std::uint8_t* buf, std::size_t cap, std::uint32_t timeout_ms) = 0;
  /// Writes all `len` bytes in order; false if the port dropped some (nobody reading, closed).
  virtual bool write(const std::uint8_t* data, std::size_t len) = 0;
};

}  // namespace printcam::ports
