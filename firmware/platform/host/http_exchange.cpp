#include "platform/host/http_exchange.hpp"

#include <algorithm>
#include <cstdio>

#include "core/http/reason_phrase.hpp"
#include "platform/host/socket_io.hpp"

namespace printcam::host {

HostRequest::HostRequest(const RequestHead& head, int fd, std::string& buffered, std::string_view peer)
    : head_(head), fd_(fd), buffered_(buffered), peer_(peer), remaining_(head.content_length) {}

std::optional<std::string_view> HostRequest::header(std::string_view name) const {
  const std::string* v = head_.header(name);
  if (v == nullptr) return std::nullopt;
  return std::string_view(*v);
}

long HostRequest::read_body(std::uint8_t* buf, std::size_t n) {
  if (remaining_ == 0) return 0;
  // curl and others wait for this before sending a large body (RFC 9110 §10.1.1).
  if (!continue_sent_ && buffered_.empty() && head_.minor_version == 1) {
    const std::string* expect = head_.header("Expect");
    if (expect != nullptr && *expect == "100-continue") write_all(fd_, "HTTP/1.1 100 Continue\r\n\r\n");
    continue_sent_ = true;
  }
  n = std::min(n, remaining_);
  long got = 0;
  if (!buffered_.empty()) {
    got = static_cast<long>(std::min(n, buffered_.size()));
    std::copy_n(buffered_.begin(), got, buf);
    buffered_.erase(0, static_cast<std::size_t>(got));
  } else {
    got = read_some(fd_, buf, n);
    if (got <= 0) return -1;
  }
  remaining_ -= static_cast<std::size_t>(got);
  return got;
}

bool HostRequest::discard_rest(std::size_t limit) {
  if (remaining_ > limit) return false;
  std::uint8_t scratch[1024];
  while (remaining_ > 0) {
    if (read_body(scratch, sizeof scratch) < 0) return false;
  }
  return true;
}

HostResponse::HostResponse(int fd, bool head_only, bool keep_alive, int minor_version)
    : fd_(fd), head_only_(head_only), keep_alive_(keep_alive), minor_version_(minor_version) {}

void HostResponse::add_header(std::string_view name, std::string_view value) {
  headers_.emplace_back(std::string(name), std::string(value));
}

bool HostResponse::write_head(std::string_view framing) {
  started_ = true;
  char line[64];
  std::snprintf(line, sizeof line, "HTTP/1.1 %d ", status_);
  std::string head = line;
  head += http::reason_phrase(status_);
  head += "\r\n";
  for (const auto& [k, v] : headers_) head += k + ": " + v + "\r\n";
  head += framing;
  head += keep_alive_ ? "" : "Connection: close\r\n";
  head += "\r\n";
  if (!write_all(fd_, head)) broken_ = true;
  return !broken_;
}

bool HostResponse::send(const std::uint8_t* body, std::size_t n) {
  if (started_) return false;
  // 1xx, 204 and 304 carry no body and no length (RFC 9110 §8.6).
  const bool bodiless = status_ < 200 || status_ == 204 || status_ == 304;
  std::string framing = bodiless ? "" : "Content-Length: " + std::to_string(n) + "\r\n";
  bool ok = write_head(framing);
  if (ok && !bodiless && !head_only_ && n > 0) ok = write_all(fd_, body, n);
  broken_ = !ok;
  finished_ = true;
  return ok;
}

bool HostResponse::send_chunk(const std::uint8_t* data, std::size_t n) {
  if (finished_ || broken_) return false;
  if (!started_) {
    // HTTP/1.0 has no chunked coding: the body then ends when the connection closes.
    chunked_ = minor_version_ == 1;
    if (!chunked_) keep_alive_ = false;
    if (!write_head(chunked_ ? "Transfer-Encoding: chunked\r\n" : "")) return false;
  }
  if (head_only_ || n == 0) return true;
  bool ok = true;
  if (chunked_) {
    char size_line[24];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", n);
    ok = write_all(fd_, size_line) && write_all(fd_, data, n) && write_all(fd_, "\r\n");
  } else {
    ok = write_all(fd_, data, n);
  }
  broken_ = !ok;
  return ok;
}

bool HostResponse::end_chunks() {
  if (finished_) return !broken_;
  if (!started_ && !send_chunk(nullptr, 0)) return false;
  finished_ = true;
  if (chunked_ && !head_only_ && !write_all(fd_, "0\r\n\r\n")) broken_ = true;
  return !broken_;
}

}  // namespace printcam::host
