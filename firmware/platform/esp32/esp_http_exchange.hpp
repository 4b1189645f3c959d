#pragma once
// One request/response over esp_http_server's httpd_req_t, as the ports/http_server.hpp
// interfaces: a line-by-line translation (see the port's header comment). esp_http_server keeps
// pointers to header and status strings until the response goes out, so both classes own copies.

#include <esp_http_server.h>

#include <atomic>
#include <deque>
#include <string>

#include "ports/http_server.hpp"

namespace printcam::esp32 {

class EspHttpRequest final : public ports::HttpRequest {
 public:
  explicit EspHttpRequest(httpd_req_t* req);
  std::string_view method() const override { return method_; }
  std::string_view path() const override { return path_; }
  std::string_view query() const override { return query_; }
  std::optional<std::string_view> header(std::string_view name) const override;
  std::size_t content_length() const override { return req_->content_len; }
  long read_body(std::uint8_t* buf, std::size_t n) override;
  std::string_view remote_address() const override { return remote_; }

 private:
  httpd_req_t* req_;
  std::string_view method_;
  std::string_view path_;
  std::string_view query_;
  std::string remote_;
  std::size_t body_left_;
  // Header values handed out as views; a deque never moves what it already holds.
  mutable std::deque<std::string> header_values_;
};

class EspHttpResponse final : public ports::HttpResponse {
 public:
  /// `head_only` for HEAD requests: headers go out with the body's length, the body does not.
  /// `stopping` is read before each send, so a stopping server ends long responses.
  EspHttpResponse(httpd_req_t* req, bool head_only, const std::atomic<bool>& stopping);
  void set_status(int code) override;
  void add_header(std::string_view name, std::string_view value) override;
  bool send(const std::uint8_t* body, std::size_t n) override;
  bool send_chunk(const std::uint8_t* data, std::size_t n) override;
  bool end_chunks() override;

 private:
  bool write_head(const std::string& framing);

  httpd_req_t* req_;
  bool head_only_;
  const std::atomic<bool>& stopping_;
  bool head_sent_ = false;
  std::string status_line_ = "200 OK";
  std::string content_type_;
  std::deque<std::pair<std::string, std::string>> headers_;
};

}  // namespace printcam::esp32
