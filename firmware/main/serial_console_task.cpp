#include "serial_console_task.hpp"

#include <atomic>
#include <thread>

#include "core/console/console_loop.hpp"
#include "core/console/serial_console.hpp"
#include "core/console/serial_writer.hpp"
#include "platform/esp32/esp_serial_port.hpp"

namespace printcam::esp32 {

bool start_serial_console(app::DeviceApp& device, const ports::Clock& clock) {
  static EspSerialPort port;
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
