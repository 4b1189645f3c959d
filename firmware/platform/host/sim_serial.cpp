#include "platform/host/sim_serial.hpp"

#include "core/console/console_loop.hpp"

namespace printcam::host {

std::unique_ptr<SimSerial> SimSerial::start(const SimOptions& opts, std::uint16_t http_port,
                                            std::string& announce, std::string& error) {
  std::unique_ptr<FdSerialPort> port;
  if (opts.serial == SimOptions::Serial::Pty) {
    std::string path;
    port = FdSerialPort::open_pty(path, error);
    if (!port) return nullptr;
    announce = "serial: " + path;
  } else {
    port = FdSerialPort::open_stdio();
  }
  return std::unique_ptr<SimSerial>(new SimSerial(std::move(port), opts, http_port));
}

SimSerial::SimSerial(std::unique_ptr<FdSerialPort> port, const SimOptions& opts, std::uint16_t http_port)
    : port_(std::move(port)),
      backend_(clock_, SimWifi{opts.wifi_ssid, opts.wifi_password}, http_port),
      writer_(*port_),
      console_(backend_, writer_),
      thread_([this] { console::run_console(*port_, console_, clock_, stop_); }) {}

SimSerial::~SimSerial() {
  stop_ = true;
  thread_.join();
}

}  // namespace printcam::host
