#pragma once
// A serial port that records what the core wrote, and a reader of that output that splits it
// exactly as the improv-wifi-serial-sdk's read loop does (at a line start, 9 bytes decide: a
// packet if they begin "IMPROV", else a text line up to '\n'), so a test that reads our output
// with it also shows the SDK would.

#include <cstdint>
#include <string>
#include <vector>

#include "core/console/improv_protocol.hpp"
#include "ports/serial_port.hpp"

namespace printcam::fakes {

class RecordingSerialPort : public ports::SerialPort {
 public:
  std::optional<std::size_t> read(std::uint8_t*, std::size_t, std::uint32_t) override { return std::nullopt; }
  bool write(const std::uint8_t* data, std::size_t len) override {
    written.append(reinterpret_cast<const char*>(data), len);
    return true;
  }
  std::string written;
};

/// The items of device output: text lines without '\n', and packets as their raw bytes.
inline std::vector<std::string> split_device_output(const std::string& out) {
  std::vector<std::string> items;
  std::size_t i = 0;
  while (i < out.size()) {
    if (out.compare(i, 6, "IMPROV") == 0 && i + 9 <= out.size()) {
      const std::size_t len = 9 + static_cast<std::uint8_t>(out[i + 8]) + 1;
      items.push_back(out.substr(i, len));
      i += len;
      if (i < out.size() && out[i] == '\n') ++i;
      continue;
    }
    const std::size_t nl = out.find('\n', i);
    items.push_back(out.substr(i, nl == std::string::npos ? std::string::npos : nl - i));
    i = nl == std::string::npos ? out.size() : nl + 1;
  }
  return items;
}

/// A packet as split_device_output shows it: without its trailing '\n'.
inline std::string packet(const console::improv::Bytes& p) {
  return std::string(p.begin(), p.end() - (p.empty() || p.back() != '\n' ? 0 : 1));
}

inline std::string bytes(const console::improv::Bytes& p) {
  return std::string(p.begin(), p.end());
}

}  // namespace printcam::fakes
