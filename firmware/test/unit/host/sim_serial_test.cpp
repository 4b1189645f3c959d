// The simulated camera's serial pieces: options and the pty port.

#include <fcntl.h>
#include <unistd.h>

#include <cstring>

#include "catch2_compat.hpp"
#include "platform/host/fd_serial_port.hpp"
#include "platform/host/sim_options.hpp"

using namespace printcam;

TEST_CASE("printcam-sim takes --serial none|stdio|pty") {
  std::string error;
  auto o = host::parse_sim_options({"--serial", "pty"}, error);
  REQUIRE(o);
  CHECK(o->serial == host::SimOptions::Serial::Pty);
  CHECK(host::parse_sim_options({}, error)->serial == host::SimOptions::Serial::None);
  CHECK_FALSE(host::parse_sim_options({"--serial", "usb"}, error));
  CHECK(error == "--serial must be none, stdio or pty, got 'usb'");
}

TEST_CASE("The pty serial port carries bytes both ways, raw, and survives a client closing it") {
  std::string path, error;
  auto port = host::FdSerialPort::open_pty(path, error);
  REQUIRE(port);
  for (int round = 0; round < 2; ++round) {
    const int client = open(path.c_str(), O_RDWR | O_NOCTTY);
    REQUIRE(client >= 0);
    const char sent[] = "a\r\nIMPROV\x01\x03\n";
    REQUIRE(write(client, sent, sizeof sent - 1) == static_cast<ssize_t>(sizeof sent - 1));
    std::string got;
    std::uint8_t buf[64];
    while (got.size() < sizeof sent - 1) {
      const auto n = port->read(buf, sizeof buf, 1000);
      REQUIRE(n);
      REQUIRE(*n > 0);
      got.append(reinterpret_cast<const char*>(buf), *n);
    }
    CHECK(got == std::string(sent, sizeof sent - 1));
    const std::uint8_t reply[] = {'o', 'k', '\n'};
    REQUIRE(port->write(reply, sizeof reply));
    char back[8] = {};
    REQUIRE(read(client, back, sizeof back) == 3);
    CHECK(std::string(back, 3) == "ok\n");
    close(client);
  }
  std::uint8_t buf[4];
  CHECK(port->read(buf, sizeof buf, 10) == std::optional<std::size_t>(0));
}
