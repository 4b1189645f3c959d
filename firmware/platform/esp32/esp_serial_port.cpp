#include "platform/esp32/esp_serial_port.hpp"

#include <driver/uart_vfs.h>
#include <freertos/FreeRTOS.h>

namespace printcam::esp32 {

esp_err_t EspSerialPort::start() {
  if (uart_is_driver_installed(kPort)) return ESP_OK;
  const esp_err_t err = uart_driver_install(kPort, kRxBufferBytes, kTxBufferBytes, 0, nullptr, 0);
  if (err == ESP_OK) uart_vfs_dev_use_driver(kPort);
  return err;
}

std::optional<std::size_t> EspSerialPort::read(std::uint8_t* buf, std::size_t cap, std::uint32_t timeout_ms) {
  const int got = uart_read_bytes(kPort, buf, static_cast<std::uint32_t>(cap), pdMS_TO_TICKS(timeout_ms));
  // A UART has no end of file; -1 means the driver is not installed, which no retry cures.
  if (got < 0) return std::nullopt;
  return static_cast<std::size_t>(got);
}

bool EspSerialPort::write(const std::uint8_t* data, std::size_t len) {
  return uart_write_bytes(kPort, data, len) == static_cast<int>(len);
}

void EspSerialPort::flush(std::uint32_t timeout_ms) {
  uart_wait_tx_done(kPort, pdMS_TO_TICKS(timeout_ms));
}

}  // namespace printcam::esp32
