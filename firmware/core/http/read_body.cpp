#include "core/http/read_body.hpp"

#include <cstdint>

#include "core/http/errors.hpp"

namespace printcam::http {

BodyStatus read_body(ports::HttpRequest& req, std::size_t limit, std::string& out) {
  out.clear();
  if (req.content_length() > limit) return BodyStatus::kTooLarge;
  out.resize(req.content_length());
  std::size_t got = 0;
  while (got < out.size()) {
    const long n = req.read_body(reinterpret_cast<std::uint8_t*>(&out[got]), out.size() - got);
    if (n <= 0) {
      out.resize(got);
      return BodyStatus::kIncomplete;
    }
    got += static_cast<std::size_t>(n);
  }
  return BodyStatus::kOk;
}

bool read_small_body(ports::HttpRequest& req, ports::HttpResponse& res, std::size_t limit, std::string& out) {
  switch (read_body(req, limit, out)) {
    case BodyStatus::kOk:
      return true;
    case BodyStatus::kTooLarge:
      send_error(res, 413, "body_too_large",
                 "The request body is larger than this API takes (" + std::to_string(limit) + " bytes).");
      return false;
    case BodyStatus::kIncomplete:
      break;
  }
  send_error(res, 400, "incomplete_body", "The request body ended before its Content-Length.");
  return false;
}

}  // namespace printcam::http
