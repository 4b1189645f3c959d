#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ports/http_server.hpp"

namespace printcam::web {

/// A file compiled into the firmware (the generated UI header provides these fields).
struct StaticAsset {
  const std::uint8_t* bytes;
  std::size_t size;
  std::string_view content_type;
  /// Quoted strong ETag: a hash of the bytes, so it changes exactly when the file does.
  std::string_view etag;
  bool gzip;
};

/// True when an If-None-Match header value names `etag` (a comma list, weak W/ forms, or "*").
bool if_none_match_hits(std::string_view header_value, std::string_view etag);

/// Answers with the asset, or 304 when the client's copy is current. Sent gzipped whatever the
/// client's Accept-Encoding: every browser accepts gzip, and the flash holds no other copy.
void serve_static_asset(const StaticAsset& asset, ports::HttpRequest& req, ports::HttpResponse& res);

}  // namespace printcam::web
