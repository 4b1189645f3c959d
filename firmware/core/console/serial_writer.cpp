#include "core/console/serial_writer.hpp"

#include <string>

namespace printcam::console {

void SerialWriter::write_line(std::string_view line) {
  std::string whole(line);
  whole.push_back('\n');
  const std::lock_guard<std::mutex> lock(mutex_);
  port_.write(reinterpret_cast<const std::uint8_t*>(whole.data()), whole.size());
}

void SerialWriter::write_packet(const improv::Bytes& packet) {
  const std::lock_guard<std::mutex> lock(mutex_);
  port_.write(packet.data(), packet.size());
}

}  // namespace printcam::console
