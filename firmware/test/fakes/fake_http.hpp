#pragma once
// Stateful fakes of the HTTP port: a request built in the test, a response that records what the
// core sent, so core handlers are tested without sockets.

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ports/http_server.hpp"

namespace printcam::fakes {

class FakeRequest : public ports::HttpRequest {
 public:
  FakeRequest(std::string method, std::string path, std::string body = {})
      : method_(std::move(method)), path_(std::move(path)), body_(std::move(body)) {
    const auto q = path_.find('?');
    if (q != std::string::npos) {
      query_ = path_.substr(q + 1);
      path_.resize(q);
    }
  }
  FakeRequest& with_header(std::string name, std::string value) {
    headers_[lower(std::move(name))] = std::move(value);
    return *this;
  }
  FakeRequest& with_remote(std::string address) {
    remote_ = std::move(address);
    return *this;
  }

  std::string_view method() const override { return method_; }
  std::string_view path() const override { return path_; }
  std::string_view query() const override { return query_; }
  std::optional<std::string_view> header(std::string_view name) const override {
    const auto it = headers_.find(lower(std::string(name)));
    if (it == headers_.end()) return std::nullopt;
    return std::string_view(it->second);
  }
  std::size_t content_length() const override { return body_.size(); }
  long read_body(std::uint8_t* buf, std::size_t n) override {
    n = std::min(n, body_.size() - read_);
    std::copy_n(body_.data() + read_, n, buf);
    read_ += n;
    return static_cast<long>(n);
  }
  std::string_view remote_address() const override { return remote_; }

 private:
  static std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  }
  std::string method_, path_, query_, body_;
  std::map<std::string, std::string> headers_;
  std::size_t read_ = 0;
  std::string remote_ = "127.0.0.1";
};

class FakeResponse : public ports::HttpResponse {
 public:
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  int sends = 0;
  std::vector<std::string> chunks;
  bool ended = false;
  /// The peer "leaves" after this many chunks (send_chunk returns false), ending any stream.
  std::size_t chunk_limit = SIZE_MAX;

  void set_status(int code) override { status = code; }
  void add_header(std::string_view name, std::string_view value) override {
    headers.emplace_back(name, value);
  }
  bool send(const std::uint8_t* data, std::size_t n) override {
    ++sends;
    body.assign(reinterpret_cast<const char*>(data), n);
    return true;
  }
  bool send_chunk(const std::uint8_t* data, std::size_t n) override {
    if (chunks.size() >= chunk_limit) return false;
    chunks.emplace_back(reinterpret_cast<const char*>(data), n);
    return true;
  }
  bool end_chunks() override {
    ended = true;
    return true;
  }
  using ports::HttpResponse::send;

  /// The value of header `name`, or "" when it was not sent.
  std::string header(const std::string& name) const {
    for (const auto& [k, v] : headers) {
      if (k == name) return v;
    }
    return "";
  }
};

}  // namespace printcam::fakes
