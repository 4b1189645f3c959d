#include "core/web/static_asset.hpp"

namespace printcam::web {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool if_none_match_hits(std::string_view header_value, std::string_view etag) {
  if (trim(header_value) == "*") return true;
  while (!header_value.empty()) {
    const std::size_t comma = header_value.find(',');
    std::string_view item = trim(header_value.substr(0, comma));
    // If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
    if (item.substr(0, 2) == "W/") item.remove_prefix(2);
    if (!item.empty() && item == etag) return true;
    if (comma == std::string_view::npos) break;
    header_value.remove_prefix(comma + 1);
  }
  return false;
}

void serve_static_asset(const StaticAsset& asset, ports::HttpRequest& req, ports::HttpResponse& res) {
  // no-cache means "revalidate every time": a firmware update shows its new UI at once, and an
  // unchanged UI costs one 304 of a few hundred bytes.
  res.add_header("Cache-Control", "no-cache");
  res.add_header("ETag", asset.etag);
  const auto inm = req.header("If-None-Match");
  if (inm && if_none_match_hits(*inm, asset.etag)) {
    res.set_status(304);
    res.send(nullptr, 0);
    return;
  }
  res.set_status(200);
  res.add_header("Content-Type", asset.content_type);
  if (asset.gzip) {
    res.add_header("Content-Encoding", "gzip");
    res.add_header("Vary", "Accept-Encoding");
  }
  res.send(asset.bytes, asset.size);
}

}  // namespace printcam::web
