#pragma once
// A scripted HttpClient: records every request (head fields and body, and the size of each write)
// and answers with the next scripted outcome, so core upload code is tested without sockets.

#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "ports/http_client.hpp"

namespace printcam::fakes {

class FakeHttpClient final : public ports::HttpClient {
 public:
  struct Sent {
    std::string method, url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::size_t content_length = 0;
    std::string body;
    std::vector<std::size_t> write_sizes;
    bool closed = false;

    std::string header(const std::string& name) const {
      for (const auto& [k, v] : headers) {
        if (k == name) return v;
      }
      return "";
    }
  };
  /// One scripted answer: a status, or a client error at open/write/fetch.
  struct Script {
    int status = 204;
    ports::HttpClientError open_error = ports::HttpClientError::kOk;
    ports::HttpClientError write_error = ports::HttpClientError::kOk;
    ports::HttpClientError fetch_error = ports::HttpClientError::kOk;
  };

  std::vector<Sent> sent;
  std::deque<Script> script;       ///< Consumed per open(); empty means 204.
  std::deque<std::string> bodies;  ///< Answer bodies served by read(), consumed per open(); empty: none.
  int cancels = 0;
  /// Called at each open(), after the request is recorded: lets a test spend time on the wire.
  std::function<void()> on_open;

  ports::HttpClientResult open(const ports::HttpClientRequest& r) override {
    current_ = script.empty() ? Script{} : script.front();
    body_ = bodies.empty() ? std::string() : bodies.front();
    if (!bodies.empty()) bodies.pop_front();
    read_at_ = 0;
    if (!script.empty()) script.pop_front();
    Sent s;
    s.method = std::string(r.method);
    s.url = std::string(r.url);
    for (std::size_t i = 0; i < r.header_count; ++i)
      s.headers.emplace_back(r.headers[i].name, r.headers[i].value);
    s.content_length = r.content_length;
    sent.push_back(std::move(s));
    if (on_open) on_open();
    return {current_.open_error, 0, current_.open_error == ports::HttpClientError::kOk ? "" : "scripted"};
  }
  ports::HttpClientResult write(const std::uint8_t* data, std::size_t n) override {
    sent.back().body.append(reinterpret_cast<const char*>(data), n);
    sent.back().write_sizes.push_back(n);
    return {current_.write_error, 0, current_.write_error == ports::HttpClientError::kOk ? "" : "scripted"};
  }
  ports::HttpClientResult fetch_response(int* status) override {
    *status = current_.status;
    return {current_.fetch_error, 0, current_.fetch_error == ports::HttpClientError::kOk ? "" : "scripted"};
  }
  long read(std::uint8_t* buf, std::size_t n) override {
    n = std::min(n, body_.size() - read_at_);
    std::copy_n(body_.data() + read_at_, n, buf);
    read_at_ += n;
    return static_cast<long>(n);
  }
  void close() override {
    if (!sent.empty()) sent.back().closed = true;
  }
  void cancel() override { ++cancels; }

  std::size_t count_to(const std::string& suffix) const {
    std::size_t n = 0;
    for (const auto& s : sent)
      n += s.url.size() >= suffix.size() &&
           s.url.compare(s.url.size() - suffix.size(), suffix.size(), suffix) == 0;
    return n;
  }

 private:
  Script current_;
  std::string body_;
  std::size_t read_at_ = 0;
};

}  // namespace printcam::fakes
