#include "core/console/console_loop.hpp"

namespace printcam::console {

void run_console(ports::SerialPort& port, SerialConsole& console, const ports::Clock& clock,
                 const std::atomic<bool>& stop) {
  std::uint8_t buf[128];
  while (!stop.load()) {
    const auto n = port.read(buf, sizeof buf, kReadTimeoutMs);
    if (!n) return;
    console.feed(buf, *n, clock.monotonic_ms());
    console.poll(clock.monotonic_ms());
  }
}

}  // namespace printcam::console
