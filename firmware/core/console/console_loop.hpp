#pragma once
// The console's task body, the same on every platform: read with a short timeout, feed, poll.

#include <atomic>

#include "core/console/serial_console.hpp"
#include "ports/clock.hpp"
#include "ports/serial_port.hpp"

namespace printcam::console {

/// How long one read waits for input. Bounds how late a Wi-Fi join's end is reported and how
/// soon `stop` is noticed; short enough for both, long enough to cost nothing when idle.
inline constexpr std::uint32_t kReadTimeoutMs = 100;

/// Runs until `stop` is set or the port closes for good.
void run_console(ports::SerialPort& port, SerialConsole& console, const ports::Clock& clock,
                 const std::atomic<bool>& stop);

}  // namespace printcam::console
