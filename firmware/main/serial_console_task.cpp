#include "serial_console_task.hpp"

#include <atomic>
#include <thread>
#include <type_traits>

#include "core/console/console_loop.hpp"
#include "core/console/serial_console.hpp"
#include "core/console/serial_writer.hpp"
#include "generated/boards.hpp"
#include "platform/esp32/esp_serial_port.hpp"
#include "platform/esp32/esp_usb_serial_jtag_port.hpp"

namespace printcam::esp32 {
namespace {

constexpr bool kOnUsbSerialJtag =
    generated::find_board(PRINTCAM_BOARD_ID)->console == generated::Console::kUsbSerialJtag;

// The adapter for the port behind the board's USB socket (boards.json "console"); the other
// adapter is left unused.
#if SOC_USB_SERIAL_JTAG_SUPPORTED
using ConsolePort = std::conditional_t<kOnUsbSerialJtag, EspUsbSerialJtagPort, EspSerialPort>;
#else
static_assert(!kOnUsbSerialJtag, "the board's console is USB-Serial-JTAG, which this chip lacks");
using ConsolePort = EspSerialPort;
#endif

}  // namespace

bool start_serial_console(app::DeviceApp& device, const ports::Clock& clock) {
  static ConsolePort port;
  if (port.start() != ESP_OK) return false;
  static console::SerialWriter writer(port);
  static console::SerialConsole console(device.console_backend(), writer);
  // The camera never stops its console: only a restart ends it.
  static const std::atomic<bool> never{false};
  // A pthread (CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT): the console runs settings and JSON code.
  std::thread([&clock] { console::run_console(port, console, clock, never); }).detach();
  return true;
}

}  // namespace printcam::esp32
