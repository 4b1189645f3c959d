#pragma once
// The serial console (text commands and Improv Serial) on the port behind the board's USB socket
// (boards.json "console": UART0 or the S3's USB-Serial-JTAG), shared with the logs, acting on the
// camera's services through the app's console backend.

#include "core/app/device_app.hpp"
#include "ports/clock.hpp"

namespace printcam::esp32 {

/// Starts the console on its own task; false when the port's driver would not install.
bool start_serial_console(app::DeviceApp& device, const ports::Clock& clock);

}  // namespace printcam::esp32
