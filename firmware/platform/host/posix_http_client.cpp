#include "platform/host/posix_http_client.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <optional>

#include "core/net/url.hpp"
#include "platform/host/http_response_parser.hpp"

namespace printcam::host {
namespace {

using ports::HttpClientError;
using ports::HttpClientResult;

HttpClientResult fail(HttpClientError e, std::string_view detail, int code = 0) {
  return HttpClientResult{e, code, detail};
}

bool has_crlf(std::string_view s) {
  return s.find_first_of("\r\n") != std::string_view::npos;
}

// Loopback only: see the header.
std::optional<std::uint32_t> loopback_address(const std::string& host) {
  if (host == "localhost") return INADDR_LOOPBACK;
  in_addr addr{};
  if (::inet_pton(AF_INET, host.c_str(), &addr) != 1) return std::nullopt;
  const std::uint32_t v = ntohl(addr.s_addr);
  if ((v >> 24) != 127) return std::nullopt;
  return v;
}

std::uint32_t remaining_ms(std::chrono::steady_clock::time_point deadline) {
  const auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
  return left.count() > 0 ? static_cast<std::uint32_t>(left.count()) : 0;
}

}  // namespace

PosixHttpClient::PosixHttpClient() {
  if (::pipe2(cancel_pipe_, O_NONBLOCK | O_CLOEXEC) != 0) cancel_pipe_[0] = cancel_pipe_[1] = -1;
}

PosixHttpClient::~PosixHttpClient() {
  close();
  for (int fd : cancel_pipe_) {
    if (fd >= 0) ::close(fd);
  }
}

void PosixHttpClient::cancel() {
  cancelled_ = true;
  if (cancel_pipe_[1] >= 0) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t w = ::write(cancel_pipe_[1], &byte, 1);
  }
}

void PosixHttpClient::close() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
    // A cancel belongs to the exchange it interrupted; the next one starts clean.
    cancelled_ = false;
    char drain[16];
    while (cancel_pipe_[0] >= 0 && ::read(cancel_pipe_[0], drain, sizeof drain) > 0) {
    }
  }
  pending_.clear();
  body_left_ = 0;
  has_length_ = false;
  response_left_ = 0;
}

PosixHttpClient::Wait PosixHttpClient::wait_for(short events, std::uint32_t timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    if (cancelled_) return Wait::kCancelled;
    pollfd fds[2] = {{fd_, events, 0}, {cancel_pipe_[0], POLLIN, 0}};
    const int n = ::poll(fds, cancel_pipe_[0] >= 0 ? 2 : 1, static_cast<int>(remaining_ms(deadline)));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Wait::kError;
    if (cancelled_) return Wait::kCancelled;
    if (n == 0) return Wait::kTimeout;
    if (fds[0].revents != 0) return Wait::kReady;
  }
}

HttpClientResult PosixHttpClient::connect_to(std::uint32_t ipv4, std::uint16_t port,
                                             std::uint32_t timeout_ms) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd_ < 0) return fail(HttpClientError::kConnectFailure, "Could not create a socket.", errno);
  const int one = 1;
  ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(ipv4);
  if (::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0) return {};
  if (errno != EINPROGRESS)
    return fail(HttpClientError::kConnectFailure, "The server refused the connection.", errno);
  switch (wait_for(POLLOUT, timeout_ms)) {
    case Wait::kReady:
      break;
    case Wait::kCancelled:
      return fail(HttpClientError::kCancelled, "The request was cancelled.");
    case Wait::kTimeout:
      return fail(HttpClientError::kConnectFailure, "The server did not accept the connection in time.",
                  ETIMEDOUT);
    case Wait::kError:
      return fail(HttpClientError::kConnectFailure, "Waiting for the connection failed.", errno);
  }
  int err = 0;
  socklen_t len = sizeof err;
  ::getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &len);
  if (err != 0) return fail(HttpClientError::kConnectFailure, "The server refused the connection.", err);
  return {};
}

HttpClientResult PosixHttpClient::open(const ports::HttpClientRequest& request) {
  if (fd_ >= 0) return fail(HttpClientError::kInvalidRequest, "The previous request was not closed.");
  std::string why;
  const auto url = net::parse_url(request.url, &why);
  if (!url) return fail(HttpClientError::kInvalidRequest, "The URL is not valid.");
  if (url->scheme == "https") {
    return fail(HttpClientError::kUnsupportedScheme,
                "The simulated camera has no TLS: https URLs work on the ESP32 only. Point the URL at an "
                "http:// server on 127.0.0.1, such as the mock Prusa Connect.");
  }
  const auto address = loopback_address(url->host);
  if (!address) {
    return fail(HttpClientError::kDnsFailure,
                "The simulated camera only reaches localhost and 127.x.x.x addresses.");
  }
  if (has_crlf(request.method)) return fail(HttpClientError::kInvalidRequest, "The method has a line break.");
  std::string head =
      std::string(request.method) + " " + url->path + " HTTP/1.1\r\nHost: " + url->authority() + "\r\n";
  for (std::size_t i = 0; i < request.header_count; ++i) {
    const auto& h = request.headers[i];
    if (h.name.empty() || has_crlf(h.name) || has_crlf(h.value) ||
        h.name.find(':') != std::string_view::npos) {
      return fail(HttpClientError::kInvalidRequest, "A request header has a line break or a bad name.");
    }
    head.append(h.name).append(": ").append(h.value).append("\r\n");
  }
  head += "Content-Length: " + std::to_string(request.content_length) + "\r\nConnection: close\r\n\r\n";

  const auto connected = connect_to(*address, url->port, request.connect_timeout_ms);
  if (!connected.ok()) {
    close();
    return connected;
  }
  io_timeout_ms_ = request.io_timeout_ms;
  body_left_ = head.size();  // write() counts the head first, then the announced body.
  const auto sent = write(reinterpret_cast<const std::uint8_t*>(head.data()), head.size());
  if (!sent.ok()) {
    close();
    return sent;
  }
  body_left_ = request.content_length;
  return {};
}

HttpClientResult PosixHttpClient::write(const std::uint8_t* data, std::size_t n) {
  if (fd_ < 0) return fail(HttpClientError::kInvalidRequest, "No request is open.");
  if (n > body_left_)
    return fail(HttpClientError::kInvalidRequest, "More body bytes than Content-Length announced.");
  while (n > 0) {
    switch (wait_for(POLLOUT, io_timeout_ms_)) {
      case Wait::kReady:
        break;
      case Wait::kCancelled:
        return fail(HttpClientError::kCancelled, "The request was cancelled.");
      case Wait::kTimeout:
        return fail(HttpClientError::kTimeout, "The server stopped reading the request.", ETIMEDOUT);
      case Wait::kError:
        return fail(HttpClientError::kConnectionLost, "Waiting to send failed.", errno);
    }
    const ssize_t w = ::send(fd_, data, n, MSG_NOSIGNAL);
    if (w < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
    if (w <= 0)
      return fail(HttpClientError::kConnectionLost, "The server closed the connection while we sent.", errno);
    data += w;
    n -= static_cast<std::size_t>(w);
    body_left_ -= static_cast<std::size_t>(w);
  }
  return {};
}

HttpClientResult PosixHttpClient::fetch_response(int* status) {
  if (fd_ < 0) return fail(HttpClientError::kInvalidRequest, "No request is open.");
  if (body_left_ != 0)
    return fail(HttpClientError::kInvalidRequest, "The body is shorter than Content-Length.");
  std::string raw;
  char buf[1024];
  for (;;) {
    const auto end = raw.find("\r\n\r\n");
    if (end != std::string::npos) {
      const auto head = parse_response_head(std::string_view(raw).substr(0, end));
      if (!head) return fail(HttpClientError::kBadResponse, "The server's answer is not valid HTTP.");
      *status = head->status;
      pending_ = raw.substr(end + 4);
      has_length_ = head->content_length.has_value() || head->status == 204 || head->status == 304;
      response_left_ = head->content_length.value_or(0);
      if (head->chunked)
        return fail(HttpClientError::kBadResponse, "Chunked answers are not read on the host.");
      return {};
    }
    if (raw.size() > kMaxResponseHeadBytes)
      return fail(HttpClientError::kBadResponse, "The answer's head is too large.");
    switch (wait_for(POLLIN, io_timeout_ms_)) {
      case Wait::kReady:
        break;
      case Wait::kCancelled:
        return fail(HttpClientError::kCancelled, "The request was cancelled.");
      case Wait::kTimeout:
        return fail(HttpClientError::kTimeout, "The server did not answer in time.", ETIMEDOUT);
      case Wait::kError:
        return fail(HttpClientError::kConnectionLost, "Waiting for the answer failed.", errno);
    }
    const ssize_t r = ::recv(fd_, buf, sizeof buf, 0);
    if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (r <= 0)
      return fail(HttpClientError::kConnectionLost, "The server closed the connection without an answer.",
                  errno);
    raw.append(buf, static_cast<std::size_t>(r));
  }
}

long PosixHttpClient::read(std::uint8_t* buf, std::size_t n) {
  if (fd_ < 0) return -1;
  if (has_length_) n = static_cast<std::size_t>(std::min<std::uint64_t>(n, response_left_));
  if (n == 0) return 0;
  if (!pending_.empty()) {
    n = std::min(n, pending_.size());
    std::copy_n(pending_.data(), n, buf);
    pending_.erase(0, n);
  } else {
    for (;;) {
      if (wait_for(POLLIN, io_timeout_ms_) != Wait::kReady) return -1;
      const ssize_t r = ::recv(fd_, buf, n, 0);
      if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (r < 0) return -1;
      // Without a length, the body ends when the server closes (Connection: close).
      if (r == 0) return has_length_ ? -1 : 0;
      n = static_cast<std::size_t>(r);
      break;
    }
  }
  if (has_length_) response_left_ -= n;
  return static_cast<long>(n);
}

}  // namespace printcam::host
