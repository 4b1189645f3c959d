#include "platform/host/posix_http_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <string_view>

#include "core/http/errors.hpp"
#include "platform/host/http_exchange.hpp"
#include "platform/host/http_request_parser.hpp"
#include "platform/host/socket_io.hpp"

namespace printcam::host {
namespace {

/// An idle keep-alive connection, or a client trickling its head, is dropped after this.
constexpr int kRecvTimeoutSeconds = 15;
/// A client that stops reading (a stalled stream viewer) frees its thread after this.
constexpr int kSendTimeoutSeconds = 10;
/// Unread request bodies up to this size are skipped to keep the connection; larger ones close it.
constexpr std::size_t kDiscardLimit = 64 * 1024;
/// How long a refused client may go on sending before the connection is dropped regardless.
constexpr int kLingerSeconds = 1;

bool wants_keep_alive(const RequestHead& head) {
  const std::string* c = head.header("Connection");
  const std::string_view v = c ? std::string_view(*c) : std::string_view();
  if (head.minor_version == 0) return v == "keep-alive" || v == "Keep-Alive";
  return v != "close" && v != "Close";
}

void answer_parse_error(int fd, ParseStatus status) {
  HostResponse res(fd, false, false, 1);
  const int code = status_for(status);
  http::send_error(res, code, "bad_request",
                   code == 431   ? "Request headers are too large."
                   : code == 414 ? "Request URI is too long."
                   : code == 501 ? "Chunked request bodies are not supported; send Content-Length."
                   : code == 505 ? "Only HTTP/1.0 and HTTP/1.1 are supported."
                                 : "Malformed HTTP request.");
}

/// After an error answer the client may still be sending (the rest of a 20 KB request line).
/// Closing with its bytes unread makes the kernel reset the connection, and a reset can destroy
/// the answer before the client has read it; so stop sending, drop what still arrives for a
/// moment, then close (RFC 9112 §9.6's lingering close).
void linger_before_close(int fd) {
  ::shutdown(fd, SHUT_WR);
  const timeval patience{kLingerSeconds, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
  char sink[4096];
  for (std::size_t dropped = 0; dropped < kDiscardLimit;) {
    const long n = read_some(fd, sink, sizeof sink);
    if (n <= 0) break;
    dropped += static_cast<std::size_t>(n);
  }
}

}  // namespace

bool PosixHttpServer::start(const ports::HttpServerConfig& config, ports::HttpHandler handler) {
  config_ = config;
  handler_ = std::move(handler);
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listen_fd_ < 0) return false;
  const int one = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(config.port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::listen(listen_fd_, 64) != 0 ||
      ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(listen_fd_);
    listen_fd_ = -1;
    return false;
  }
  port_ = ntohs(addr.sin_port);
  stopping_ = false;
  acceptor_ = std::thread([this] { accept_loop(); });
  return true;
}

void PosixHttpServer::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (listen_fd_ < 0) return;
    stopping_ = true;
    ::shutdown(listen_fd_, SHUT_RDWR);
    for (int fd : open_) ::shutdown(fd, SHUT_RDWR);
  }
  if (acceptor_.joinable()) acceptor_.join();
  std::unique_lock<std::mutex> lock(mu_);
  idle_.wait(lock, [this] { return open_.empty(); });
  ::close(listen_fd_);
  listen_fd_ = -1;
}

void PosixHttpServer::accept_loop() {
  for (;;) {
    sockaddr_in peer{};
    socklen_t len = sizeof peer;
    const int fd = ::accept4(listen_fd_, reinterpret_cast<sockaddr*>(&peer), &len, SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      return;  // Listening socket shut down by stop().
    }
    char ip[INET_ADDRSTRLEN] = "";
    ::inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    set_timeouts(fd, kRecvTimeoutSeconds, kSendTimeoutSeconds);
    std::unique_lock<std::mutex> lock(mu_);
    if (stopping_) {
      ::close(fd);
      return;
    }
    if (open_.size() >= config_.max_connections) {
      lock.unlock();
      HostResponse res(fd, false, false, 1);
      res.add_header("Retry-After", "2");
      http::send_error(res, 503, "too_many_connections", "The camera is serving as many clients as it can.");
      ::close(fd);
      continue;
    }
    open_.insert(fd);
    std::thread([this, fd, p = std::string(ip)] { serve(fd, p); }).detach();
  }
}

void PosixHttpServer::serve(int fd, std::string peer) {
  std::string buf;
  char chunk[4096];
  for (;;) {
    RequestHead head;
    ParseResult parsed{ParseStatus::kIncomplete};
    while ((parsed = parse_request_head(buf, head)).status == ParseStatus::kIncomplete) {
      const long n = read_some(fd, chunk, sizeof chunk);
      if (n <= 0) break;
      buf.append(chunk, static_cast<std::size_t>(n));
    }
    if (parsed.status == ParseStatus::kIncomplete) break;  // Peer closed or went quiet.
    if (parsed.status != ParseStatus::kDone) {
      answer_parse_error(fd, parsed.status);
      linger_before_close(fd);
      break;
    }
    buf.erase(0, parsed.consumed);
    HostRequest req(head, fd, buf, peer);
    HostResponse res(fd, head.method == "HEAD", wants_keep_alive(head), head.minor_version);
    handler_(req, res);
    if (!res.started()) {
      http::send_error(res, 500, "internal", "The camera produced no answer to this request.");
    } else if (!res.finished()) {
      res.end_chunks();
    }
    if (!res.reusable() || !req.discard_rest(kDiscardLimit)) break;
  }
  forget(fd);
}

void PosixHttpServer::forget(int fd) {
  // Closed under the lock so stop() never shuts down a descriptor number already reused.
  std::lock_guard<std::mutex> lock(mu_);
  ::close(fd);
  open_.erase(fd);
  if (open_.empty()) idle_.notify_all();
}

}  // namespace printcam::host
