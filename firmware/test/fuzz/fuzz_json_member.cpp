// The login body is JSON from anyone who can reach the camera.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/json/json_member.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto value = printcam::json::string_member(text, "password", error);
  if (value && !error.empty()) std::abort();
  // Unescaping never makes a string longer than its JSON text.
  if (value && value->size() > text.size()) std::abort();
  return 0;
}
