#pragma once
// Parses an HTTP/1.x request head (request line and headers) for the host's POSIX server. The
// ESP32 uses esp_http_server's own parser; this one exists so the simulated camera speaks real
// HTTP, and it is fuzzed because it faces the network.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace printcam::host {

/// Limits that keep a hostile or broken client from holding memory (values also used by tests).
inline constexpr std::size_t kMaxRequestHead = 8192;
inline constexpr std::size_t kMaxTarget = 2048;
inline constexpr std::size_t kMaxHeaders = 48;

struct RequestHead {
  std::string method;
  std::string path;
  std::string query;
  int minor_version = 1;
  std::vector<std::pair<std::string, std::string>> headers;
  std::size_t content_length = 0;

  /// Case-insensitive lookup; the first occurrence wins.
  const std::string* header(std::string_view name) const;
};

enum class ParseStatus {
  kIncomplete,      ///< Need more bytes.
  kDone,            ///< `consumed` bytes form the head.
  kBadRequest,      ///< 400: malformed line or header.
  kHeadTooLarge,    ///< 431: head or header count over the limit.
  kUriTooLong,      ///< 414
  kNotImplemented,  ///< 501: a Transfer-Encoding we do not read (chunked request bodies).
  kBadVersion,      ///< 505
};

struct ParseResult {
  ParseStatus status;
  std::size_t consumed = 0;
};

/// Parses the head at the start of `buf`. Accepts bare LF line ends (RFC 9112 §2.2 allows it).
ParseResult parse_request_head(std::string_view buf, RequestHead& out);

/// The status code to answer a failed parse with.
int status_for(ParseStatus s);

}  // namespace printcam::host
