#include "platform/host/sim_serial.hpp"

#include "core/console/console_loop.hpp"

namespace printcam::host {

std::unique_ptr<SimSerial> SimSerial::start(const SimOptions& opts, std::string& announce,
                                            std::string& error) {
  std::unique_ptr<FdSerialPort> port;
  if (opts.serial == SimOptions::Serial::Pty) {
    std::string path;
    port = FdSerialPort::open_pty(path, error);
    if (!port) return nullptr;
    announce = "serial: " + path;
  } else {
    port = FdSerialPort::open_stdio();
  }
  return std::unique_ptr<SimSerial>(new SimSerial(std::move(port)));
}

SimSerial::SimSerial(std::unique_ptr<FdSerialPort> port)
    : port_(std::move(port)),
      writer_(*port_),
      console_(slot_, writer_),
      thread_([this] { console::run_console(*port_, console_, clock_, stop_); }) {}

SimSerial::~SimSerial() {
  stop_ = true;
  // A command waiting for a backend that will never come gives up, so the thread ends.
  slot_.close();
  thread_.join();
}

}  // namespace printcam::host
