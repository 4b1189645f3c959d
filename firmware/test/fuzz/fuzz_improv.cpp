// libFuzzer target: arbitrary bytes as a client would send them, through the demux and the
// Improv session. The fuzzer's first byte chooses a read size, so packets arrive split anywhere;
// every output packet must parse back as the SDK would read it.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/console/improv_protocol.hpp"
#include "fakes/console_rig.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  printcam::fakes::ConsoleRig rig;
  const std::size_t chunk = 1 + data[0] % 16;
  for (std::size_t i = 1; i < size; i += chunk) {
    rig.console.feed(data + i, std::min(chunk, size - i), rig.now_ms);
    rig.advance(data[i] % 2 == 0 ? 10 : 400);  // sometimes long enough to end a join or stall a packet
  }
  for (const std::string& item : printcam::fakes::split_device_output(rig.port.written)) {
    if (item.rfind("IMPROV", 0) != 0) continue;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(item.data());
    if (item.size() < 10 || item.size() != 10u + bytes[8] ||
        printcam::console::improv::checksum(bytes, item.size() - 1) != bytes[item.size() - 1]) {
      std::abort();
    }
  }
  return 0;
}
