#pragma once
// One PUT to the Connect camera API: the exact headers Connect checks, an exact Content-Length and
// the body written straight from the caller's buffers in bounded pieces (no copy of the picture):
// first `head` (the photo's EXIF orientation header, often empty), then `body`.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/connect/failure.hpp"
#include "ports/http_client.hpp"

namespace printcam::connect {

/// Bytes handed to the client per write: small enough for the ESP32's TCP send buffer and lwIP
/// pbufs, large enough that a 100 KB frame is ~25 writes. The Prusa firmware used 2048–9000.
constexpr std::size_t kBodyChunkBytes = 4096;

constexpr std::string_view kUserAgent = "printcam";

struct PutRequest {
  std::string_view url;  ///< Full endpoint URL, e.g. ".../c/snapshot".
  std::string_view content_type;
  std::string_view token;
  std::string_view fingerprint;
  const std::uint8_t* body = nullptr;
  std::size_t size = 0;
  const std::uint8_t* head = nullptr;
  std::size_t head_size = 0;
  std::uint32_t connect_timeout_ms = 10'000;
  std::uint32_t io_timeout_ms = 10'000;
};

struct PutResult {
  Failure failure = Failure::kNone;
  int http_status = 0;  ///< 0 when no answer arrived.
  ports::HttpClientResult client;
  std::size_t bytes_sent = 0;  ///< Head and body.
};

PutResult put_to_connect(ports::HttpClient& http, const PutRequest& request);

}  // namespace printcam::connect
