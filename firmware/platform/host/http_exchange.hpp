#pragma once
// One request/response pair on a host connection: the host's implementation of the HTTP port's
// HttpRequest and HttpResponse over a blocking socket.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/host/http_request_parser.hpp"
#include "ports/http_server.hpp"

namespace printcam::host {

class HostRequest final : public ports::HttpRequest {
 public:
  /// `buffered` holds bytes already read past the head; the body is taken from it first.
  HostRequest(const RequestHead& head, int fd, std::string& buffered, std::string_view peer);

  std::string_view method() const override { return head_.method; }
  std::string_view path() const override { return head_.path; }
  std::string_view query() const override { return head_.query; }
  std::optional<std::string_view> header(std::string_view name) const override;
  std::size_t content_length() const override { return head_.content_length; }
  long read_body(std::uint8_t* buf, std::size_t n) override;
  std::string_view remote_address() const override { return peer_; }

  /// Reads and drops what the handler left of the body, up to `limit` bytes; false when more
  /// remains (the connection must then close, since the next request would start mid-body).
  bool discard_rest(std::size_t limit);

 private:
  const RequestHead& head_;
  int fd_;
  std::string& buffered_;
  std::string_view peer_;
  std::size_t remaining_;
  bool continue_sent_ = false;
};

class HostResponse final : public ports::HttpResponse {
 public:
  HostResponse(int fd, bool head_only, bool keep_alive, int minor_version);

  void set_status(int code) override { status_ = code; }
  void add_header(std::string_view name, std::string_view value) override;
  bool send(const std::uint8_t* body, std::size_t n) override;
  bool send_chunk(const std::uint8_t* data, std::size_t n) override;
  bool end_chunks() override;
  using ports::HttpResponse::send;
  using ports::HttpResponse::send_chunk;

  bool started() const { return started_; }
  bool finished() const { return finished_; }
  /// False when this response must be the connection's last.
  bool reusable() const { return keep_alive_ && !broken_ && finished_; }

 private:
  bool write_head(std::string_view framing);

  int fd_;
  bool head_only_;
  bool keep_alive_;
  int minor_version_;
  int status_ = 200;
  std::vector<std::pair<std::string, std::string>> headers_;
  bool started_ = false;
  bool finished_ = false;
  bool broken_ = false;
  bool chunked_ = false;
};

}  // namespace printcam::host
