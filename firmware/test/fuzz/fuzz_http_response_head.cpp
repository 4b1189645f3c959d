// Any bytes as a response head: parse_response_head never crashes and never accepts a status
// outside 100..999.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "platform/host/http_response_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto head =
      printcam::host::parse_response_head(std::string_view(reinterpret_cast<const char*>(data), size));
  if (head && (head->status < 100 || head->status > 999)) std::abort();
  return 0;
}
