#pragma once
// The SerialPort port over the ESP32-S3's built-in USB-Serial-JTAG (the CDC-ACM serial port a
// computer sees when the board's USB socket is wired to GPIO19/20): usb_serial_jtag_driver_install,
// then usb_serial_jtag_read_bytes / usb_serial_jtag_write_bytes. Only chips that have the
// peripheral get it; the ESP32 build compiles this file to nothing.
//
// The logs share the port. Every board keeps UART0 as the IDF's primary console (sdkconfig.defaults),
// so one sdkconfig serves all S3 boards and the UART adapter, compiled for every board, keeps its
// console UART; on the S3 the IDF copies all its output to USB-Serial-JTAG as the secondary
// console (sdkconfig.defaults.esp32s3), so a user on USB sees the logs too. That copy writes the
// peripheral's FIFO directly; once this driver owns the FIFO, start() sends it through the driver
// (usb_serial_jtag_vfs_use_driver), so log lines and console replies queue in one ring buffer
// instead of racing for the FIFO, as the UART adapter does for UART0. Only what bypasses stdout
// (esp_rom_printf: boot messages before the driver, the panic handler's dump) writes it directly.

#include <esp_err.h>
#include <soc/soc_caps.h>

#include "ports/serial_port.hpp"

#if SOC_USB_SERIAL_JTAG_SUPPORTED

namespace printcam::esp32 {

class EspUsbSerialJtagPort final : public ports::SerialPort {
 public:
  /// Driver ring buffers: a full Improv frame or pasted command line in, a status reply out. The
  /// driver needs more than one 64-byte USB packet of receive buffer.
  static constexpr std::uint32_t kRxBufferBytes = 1024;
  static constexpr std::uint32_t kTxBufferBytes = 1024;
  /// How long one write waits for room in the ring buffer. A host that reads drains it within a few
  /// milliseconds; when none does (terminal closed, camera on a USB charger) the reply is dropped
  /// rather than stalling the console.
  static constexpr std::uint32_t kWriteTimeoutMs = 200;

  /// Installs the driver and routes the secondary console's log output through it.
  esp_err_t start();
  std::optional<std::size_t> read(std::uint8_t* buf, std::size_t cap, std::uint32_t timeout_ms) override;
  bool write(const std::uint8_t* data, std::size_t len) override;
};

}  // namespace printcam::esp32

#endif  // SOC_USB_SERIAL_JTAG_SUPPORTED
