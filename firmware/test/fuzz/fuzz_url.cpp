// Any bytes: parse_url never crashes, and whatever it accepts survives a join and a re-parse,
// unless the joined path takes it past the length limit, which the re-parse must then refuse.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/net/url.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto url = printcam::net::parse_url(text, &error);
  if (!url) {
    if (error.empty()) std::abort();
    return 0;
  }
  const std::string joined = printcam::net::join_path(*url, "/c/snapshot");
  const auto again = printcam::net::parse_url(joined);
  if (joined.size() > printcam::net::kMaxUrlLength) {
    if (again) std::abort();
    return 0;
  }
  if (!again || again->host != url->host || again->port != url->port) std::abort();
  return 0;
}
