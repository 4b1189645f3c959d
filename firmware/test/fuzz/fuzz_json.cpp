// libFuzzer target: the JSON reader must accept or refuse any bytes without crashing, and what it
// accepts must survive a write and a second parse unchanged.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace printcam::json;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Value v;
  ParseError error;
  if (!parse(text, v, error)) {
    if (error.offset > size) std::abort();  // a position outside the input is a bug
    return 0;
  }
  Writer once;
  once.value(v);
  Value again;
  Limits roomy;
  roomy.max_bytes = once.str().size() + 1;
  if (!parse(once.str(), again, error, roomy)) std::abort();
  Writer twice;
  twice.value(again);
  if (twice.str() != once.str()) std::abort();
  return 0;
}
