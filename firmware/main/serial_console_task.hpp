#pragma once
// The serial console (text commands and Improv Serial) on the console UART, shared with the logs,
// acting on the camera's services through the app's console backend.

#include "core/app/device_app.hpp"
#include "ports/clock.hpp"

namespace printcam::esp32 {

/// Starts the console on its own task; false when the UART driver would not install.
bool start_serial_console(app::DeviceApp& device, const ports::Clock& clock);

}  // namespace printcam::esp32
