#pragma once
// The SerialPort port over the UART driver on the console UART (CONFIG_ESP_CONSOLE_UART_NUM):
// uart_driver_install, then uart_read_bytes / uart_write_bytes. The logs share this UART; once
// the driver is in, stdout goes through it too (uart_vfs_dev_use_driver), so log lines and
// console replies are queued one after the other instead of racing for the FIFO.

#include <driver/uart.h>
#include <sdkconfig.h>

#include "ports/serial_port.hpp"

namespace printcam::esp32 {

static_assert(CONFIG_ESP_CONSOLE_UART_NUM >= 0,
              "the console is not a UART (USB-Serial-JTAG): this adapter drives UARTs only");

class EspSerialPort final : public ports::SerialPort {
 public:
  static constexpr uart_port_t kPort = static_cast<uart_port_t>(CONFIG_ESP_CONSOLE_UART_NUM);
  /// Driver ring buffers: a full Improv frame or pasted command line in, a status reply out.
  static constexpr int kRxBufferBytes = 1024;
  static constexpr int kTxBufferBytes = 1024;

  /// Installs the driver (the console's baud rate and pins stay as the bootloader set them).
  esp_err_t start();
  std::optional<std::size_t> read(std::uint8_t* buf, std::size_t cap, std::uint32_t timeout_ms) override;
  bool write(const std::uint8_t* data, std::size_t len) override;
  /// Waits until everything written has left the UART (before a restart).
  void flush(std::uint32_t timeout_ms);
};

}  // namespace printcam::esp32
