// Log lines and Improv packets written from different threads onto one port.

#include "core/console/serial_writer.hpp"

#include <thread>

#include "catch2_compat.hpp"
#include "core/console/join_starter.hpp"
#include "fakes/fake_serial.hpp"

using namespace printcam::console;

namespace {
/// Writes byte by byte, yielding between bytes, so an unlocked writer would interleave for sure.
class SlowPort : public printcam::fakes::RecordingSerialPort {
 public:
  bool write(const std::uint8_t* data, std::size_t len) override {
    for (std::size_t i = 0; i < len; ++i) {
      RecordingSerialPort::write(data + i, 1);
      std::this_thread::yield();
    }
    return true;
  }
};
}  // namespace

TEST_CASE("Log lines from another thread never land inside an Improv packet") {
  SlowPort port;
  SerialWriter writer(port);
  const auto packet = *improv::build_rpc_result(0x03, {"printcam", "0.1.0", "ESP32", "camera"});
  std::thread logger([&] {
    for (int i = 0; i < 200; ++i) writer.write_line("I (" + std::to_string(i) + ") wifi: a log line");
  });
  for (int i = 0; i < 200; ++i) writer.write_packet(packet);
  logger.join();
  int packets = 0, logs = 0;
  for (const std::string& item : printcam::fakes::split_device_output(port.written)) {
    if (item.rfind("IMPROV", 0) == 0) {
      CHECK(item == printcam::fakes::packet(packet));
      ++packets;
    } else {
      CHECK(item.rfind("I (", 0) == 0);
      ++logs;
    }
  }
  CHECK(packets == 200);
  CHECK(logs == 200);
}

TEST_CASE("The camera URL leaves out port 80 and names any other") {
  CHECK(camera_url("192.168.1.5", 80) == "http://192.168.1.5/");
  CHECK(camera_url("127.0.0.1", 8080) == "http://127.0.0.1:8080/");
}
