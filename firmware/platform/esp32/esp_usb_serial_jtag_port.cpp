#include "platform/esp32/esp_usb_serial_jtag_port.hpp"

#if SOC_USB_SERIAL_JTAG_SUPPORTED

#include <driver/usb_serial_jtag.h>
#include <driver/usb_serial_jtag_vfs.h>
#include <freertos/FreeRTOS.h>
#include <sdkconfig.h>

#include <algorithm>

namespace printcam::esp32 {

esp_err_t EspUsbSerialJtagPort::start() {
  usb_serial_jtag_driver_config_t config{};
  config.tx_buffer_size = kTxBufferBytes;
  config.rx_buffer_size = kRxBufferBytes;
  const esp_err_t err = usb_serial_jtag_driver_install(&config);
  // The IDF writes its console output here too (secondary console): through the driver from now
  // on. The condition is the one under which the IDF builds usb_serial_jtag_vfs_use_driver.
#if CONFIG_VFS_SUPPORT_IO && CONFIG_ESP_CONSOLE_USB_SERIAL_JTAG_ENABLED
  if (err == ESP_OK) usb_serial_jtag_vfs_use_driver();
#endif
  return err;
}

std::optional<std::size_t> EspUsbSerialJtagPort::read(std::uint8_t* buf, std::size_t cap,
                                                      std::uint32_t timeout_ms) {
  // 0 when nothing came in time; the port has no end of file (a host that goes away just stops).
  const int got = usb_serial_jtag_read_bytes(buf, static_cast<std::uint32_t>(cap), pdMS_TO_TICKS(timeout_ms));
  return static_cast<std::size_t>(std::max(got, 0));
}

bool EspUsbSerialJtagPort::write(const std::uint8_t* data, std::size_t len) {
  // The driver's byte ring buffer refuses any write larger than itself, so longer replies go in
  // pieces; each piece is all or nothing.
  while (len > 0) {
    const std::size_t piece = std::min<std::size_t>(len, kTxBufferBytes);
    if (usb_serial_jtag_write_bytes(data, piece, pdMS_TO_TICKS(kWriteTimeoutMs)) != static_cast<int>(piece)) {
      return false;
    }
    data += piece;
    len -= piece;
  }
  return true;
}

}  // namespace printcam::esp32

#endif  // SOC_USB_SERIAL_JTAG_SUPPORTED
