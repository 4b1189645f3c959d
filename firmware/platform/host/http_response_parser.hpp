#pragma once
// The head of an HTTP/1.x response, as the host's HTTP client reads it from a socket.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace printcam::host {

struct ResponseHead {
  int status = 0;
  /// Content-Length when the server sent one.
  std::optional<std::uint64_t> content_length;
  bool chunked = false;
};

/// Largest response head read: Connect's answers carry a handful of headers.
constexpr std::size_t kMaxResponseHeadBytes = 8192;

/// Parses `head`: the bytes up to but not including the blank line ("\r\n\r\n"). nullopt when it
/// is not an HTTP/1.x status line followed by well-formed header lines.
std::optional<ResponseHead> parse_response_head(std::string_view head);

}  // namespace printcam::host
