#pragma once
// The HTTP client port: one request at a time, a body of known length written in pieces, the
// status, then a bounded read of the answer. Shaped after esp_http_client's streaming calls so the
// ESP32 adapter is a translation:
//   open()           → esp_http_client_set_url/_set_method/_set_header, esp_http_client_open(c, len)
//   write()          → esp_http_client_write, looped until every byte is out
//   fetch_response() → esp_http_client_fetch_headers, esp_http_client_get_status_code
//   read()           → esp_http_client_read
//   close()          → esp_http_client_close
//   cancel()         → esp_http_client_cancel_request
// https on the ESP32 verifies the server with the certificate bundle (crt_bundle_attach); the
// host adapter speaks plain http to 127.0.0.1 only and refuses https with a clear detail.
// The adapter adds Host, Content-Length and Connection: close itself; the caller adds the rest.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace printcam::ports {

enum class HttpClientError : std::uint8_t {
  kOk,
  kInvalidRequest,     ///< Bad URL, CR/LF in a header, more or fewer body bytes than announced.
  kUnsupportedScheme,  ///< A scheme this platform cannot speak (https on the host).
  kDnsFailure,         ///< The host name did not resolve.
  kConnectFailure,     ///< Refused, unreachable, or no answer within the connect timeout.
  kTlsFailure,         ///< Handshake or certificate verification failed.
  kTimeout,            ///< The server stopped reading or answering for the I/O timeout.
  kConnectionLost,     ///< Reset or closed before a complete answer.
  kBadResponse,        ///< The answer is not HTTP/1.x or its head is too large.
  kCancelled,          ///< cancel() was called.
};

/// Outcome of a client call. `platform_code` carries errno (host) or esp_err_t (ESP32) upward for
/// the log; `detail` is static text that says what happened, for people.
struct HttpClientResult {
  HttpClientError error = HttpClientError::kOk;
  int platform_code = 0;
  std::string_view detail;

  bool ok() const { return error == HttpClientError::kOk; }
};

struct HttpHeaderField {
  std::string_view name;
  std::string_view value;
};

struct HttpClientRequest {
  std::string_view method = "GET";
  /// Absolute URL; its scheme, host and port say where to connect.
  std::string_view url;
  const HttpHeaderField* headers = nullptr;
  std::size_t header_count = 0;
  /// Exact body size announced in Content-Length; write() must deliver exactly this many bytes.
  std::size_t content_length = 0;
  std::uint32_t connect_timeout_ms = 10'000;
  /// Longest wait for any single write or read to make progress.
  std::uint32_t io_timeout_ms = 10'000;
};

class HttpClient {
 public:
  virtual ~HttpClient() = default;
  /// Connects and sends the request head. A previous exchange must be closed first.
  virtual HttpClientResult open(const HttpClientRequest& request) = 0;
  /// Sends all `n` body bytes or fails.
  virtual HttpClientResult write(const std::uint8_t* data, std::size_t n) = 0;
  /// After the whole body: waits for the answer's head and stores its status code in `*status`.
  virtual HttpClientResult fetch_response(int* status) = 0;
  /// Reads up to `n` body bytes: the count, 0 once the body is complete, -1 on an error.
  virtual long read(std::uint8_t* buf, std::size_t n) = 0;
  /// Ends the exchange and frees its connection. Safe to call twice.
  virtual void close() = 0;
  /// From any thread: the blocked or next call of the current exchange returns kCancelled soon.
  virtual void cancel() = 0;
};

}  // namespace printcam::ports
