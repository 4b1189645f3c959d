#pragma once
// The simulated camera's serial console: the chosen port, the stand-in backend, and the console
// task on its own thread.

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "core/console/serial_console.hpp"
#include "platform/host/fd_serial_port.hpp"
#include "platform/host/sim_console_backend.hpp"
#include "platform/host/sim_options.hpp"
#include "platform/host/system_clock.hpp"

namespace printcam::host {

class SimSerial {
 public:
  /// Opens the port (`opts.serial` must not be None); `announce` receives "serial: PATH" for a
  /// pty, or nothing. nullptr with `error` set when the port cannot be opened.
  static std::unique_ptr<SimSerial> start(const SimOptions& opts, std::uint16_t http_port,
                                          std::string& announce, std::string& error);
  ~SimSerial();
  SimSerial(const SimSerial&) = delete;
  SimSerial& operator=(const SimSerial&) = delete;

 private:
  SimSerial(std::unique_ptr<FdSerialPort> port, const SimOptions& opts, std::uint16_t http_port);

  SystemClock clock_;
  std::unique_ptr<FdSerialPort> port_;
  SimConsoleBackend backend_;
  console::SerialWriter writer_;
  console::SerialConsole console_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace printcam::host
