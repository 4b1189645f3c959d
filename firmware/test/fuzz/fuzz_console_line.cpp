// libFuzzer target: arbitrary text lines through the line reader, the word splitter, the Prusa
// syntax and the commands. Every reply must be one line starting "ok ", "err " or "# ".

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/console/words.hpp"
#include "fakes/console_rig.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const std::string& word : printcam::console::split_words(text).words) {
    if (word.size() > size) std::abort();
  }
  printcam::fakes::ConsoleRig rig;
  if (size > 0) rig.backend.finish_join(data[0] % 2 == 0);
  rig.send(text);
  rig.send("\n");
  for (const std::string& item : printcam::fakes::split_device_output(rig.port.written)) {
    if (item.rfind("IMPROV", 0) == 0) continue;  // the text may hold a packet
    if (item.rfind("ok ", 0) != 0 && item.rfind("err ", 0) != 0 && item.rfind("# ", 0) != 0) std::abort();
  }
  return 0;
}
