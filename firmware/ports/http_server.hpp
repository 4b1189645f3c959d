#pragma once
// The HTTP server port. The core decides every answer; a platform adapter only moves bytes.
// Shaped after esp_http_server (one handler per request, headers set before the body, chunked
// streaming) so the ESP32 adapter is a line-by-line translation: method → httpd_req_t::method,
// path/query → httpd_req_t::uri split at '?', header() → httpd_req_get_hdr_value_str,
// read_body() → httpd_req_recv, set_status/add_header → httpd_resp_set_status/_set_hdr,
// send() → httpd_resp_send, send_chunk()/end_chunks() → httpd_resp_send_chunk.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace printcam::ports {

/// One request as the platform parsed it. Views stay valid until the handler returns.
class HttpRequest {
 public:
  virtual ~HttpRequest() = default;
  virtual std::string_view method() const = 0;
  /// Path without the query, still percent-encoded.
  virtual std::string_view path() const = 0;
  /// Raw query after '?', empty when absent.
  virtual std::string_view query() const = 0;
  /// Case-insensitive header lookup.
  virtual std::optional<std::string_view> header(std::string_view name) const = 0;
  virtual std::size_t content_length() const = 0;
  /// Reads up to `n` body bytes: the count read, 0 once the body is complete, -1 on a timeout or a
  /// closed connection.
  virtual long read_body(std::uint8_t* buf, std::size_t n) = 0;
  /// The peer's IP address as text (login rate limiting, logs).
  virtual std::string_view remote_address() const = 0;
};

/// The answer to one request: status and headers first, then either one send() or any number of
/// send_chunk() calls closed by end_chunks(). A HEAD request gets the headers only; the adapter
/// drops the body. The send calls return false once the peer is gone.
class HttpResponse {
 public:
  virtual ~HttpResponse() = default;
  virtual void set_status(int code) = 0;
  virtual void add_header(std::string_view name, std::string_view value) = 0;
  virtual bool send(const std::uint8_t* body, std::size_t n) = 0;
  virtual bool send_chunk(const std::uint8_t* data, std::size_t n) = 0;
  virtual bool end_chunks() = 0;

  bool send(std::string_view body) {
    return send(reinterpret_cast<const std::uint8_t*>(body.data()), body.size());
  }
  bool send_chunk(std::string_view data) {
    return send_chunk(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
  }
};

using HttpHandler = std::function<void(HttpRequest&, HttpResponse&)>;

struct HttpServerConfig {
  /// 0 asks the platform for any free port (host tests); the ESP32 serves on 80.
  std::uint16_t port = 80;
  /// Open connections beyond this get 503 (esp_http_server: max_open_sockets).
  std::size_t max_connections = 12;
};

class HttpServer {
 public:
  virtual ~HttpServer() = default;
  /// Routes every request, whatever its method and path, to `handler`.
  virtual bool start(const HttpServerConfig& config, HttpHandler handler) = 0;
  /// The port actually bound (differs from the config when it asked for 0).
  virtual std::uint16_t port() const = 0;
  virtual void stop() = 0;
};

}  // namespace printcam::ports
