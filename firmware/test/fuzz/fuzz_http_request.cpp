// The simulated camera's HTTP request parser faces the network.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "platform/host/http_request_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace printcam::host;
  const std::string_view buf(reinterpret_cast<const char*>(data), size);
  RequestHead head;
  const ParseResult r = parse_request_head(buf, head);
  if (r.consumed > buf.size()) std::abort();
  if (r.status == ParseStatus::kDone) {
    if (head.method.empty() || head.path.empty() || head.headers.size() > kMaxHeaders) std::abort();
    if (r.consumed > kMaxRequestHead) std::abort();
  } else if (r.status != ParseStatus::kIncomplete) {
    const int code = status_for(r.status);
    if (code < 400 || code > 599) std::abort();
  }
  return 0;
}
