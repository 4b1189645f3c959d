#pragma once
// The simulated camera's serial console: the chosen port and the console task on its own thread.
// Like the USB-serial adapter on a real board, it outlives the camera's reboots: each boot
// attaches its DeviceApp's console backend and detaches it before tearing the services down.

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "core/console/backend_slot.hpp"
#include "core/console/serial_console.hpp"
#include "platform/host/fd_serial_port.hpp"
#include "platform/host/sim_options.hpp"
#include "platform/host/system_clock.hpp"

namespace printcam::host {

class SimSerial {
 public:
  /// Opens the port (`opts.serial` must not be None); `announce` receives "serial: PATH" for a
  /// pty, or nothing. nullptr with `error` set when the port cannot be opened. Commands wait
  /// until a backend is attached.
  static std::unique_ptr<SimSerial> start(const SimOptions& opts, std::string& announce, std::string& error);
  ~SimSerial();
  SimSerial(const SimSerial&) = delete;
  SimSerial& operator=(const SimSerial&) = delete;

  /// This boot's backend; it must stay alive until detach() returns.
  void attach(console::ConsoleBackend& backend) { slot_.attach(backend); }
  /// Returns once the console no longer uses the attached backend.
  void detach() { slot_.detach(); }

 private:
  explicit SimSerial(std::unique_ptr<FdSerialPort> port);

  SystemClock clock_;
  std::unique_ptr<FdSerialPort> port_;
  console::BackendSlot slot_;
  console::SerialWriter writer_;
  console::SerialConsole console_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace printcam::host
