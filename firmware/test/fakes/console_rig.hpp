#pragma once
// A serial console wired to fakes, with a client's-eye view: send bytes, read back the items.

#include <string>
#include <vector>

#include "core/console/serial_console.hpp"
#include "fakes/fake_console_backend.hpp"
#include "fakes/fake_serial.hpp"

namespace printcam::fakes {

struct ConsoleRig {
  FakeConsoleBackend backend;
  RecordingSerialPort port;
  console::SerialWriter writer{port};
  console::SerialConsole console{backend, writer};
  std::uint64_t now_ms = 0;

  void send(const std::string& s) {
    console.feed(reinterpret_cast<const std::uint8_t*>(s.data()), s.size(), now_ms);
    console.poll(now_ms);
  }
  void advance(std::uint64_t ms) {
    now_ms += ms;
    console.poll(now_ms);
  }
  /// What the console wrote since the last call, split as the Improv SDK splits it.
  std::vector<std::string> take() {
    auto items = split_device_output(port.written);
    port.written.clear();
    return items;
  }
};

/// An RPC packet as the SDK writes it (trailing '\n' included).
inline std::string rpc(std::uint8_t command, const console::improv::Bytes& payload = {}) {
  console::improv::Bytes data{command, static_cast<std::uint8_t>(payload.size())};
  data.insert(data.end(), payload.begin(), payload.end());
  return bytes(*console::improv::build_packet(console::improv::PacketType::Rpc, data));
}

}  // namespace printcam::fakes
