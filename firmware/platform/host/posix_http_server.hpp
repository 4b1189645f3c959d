#pragma once
// The host's HTTP server adapter: POSIX sockets on 127.0.0.1, a thread per connection (like
// esp_http_server's sockets, bounded by max_connections), HTTP/1.1 keep-alive.

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "ports/http_server.hpp"

namespace printcam::host {

class PosixHttpServer final : public ports::HttpServer {
 public:
  ~PosixHttpServer() override { stop(); }
  bool start(const ports::HttpServerConfig& config, ports::HttpHandler handler) override;
  std::uint16_t port() const override { return port_; }
  void stop() override;

 private:
  void accept_loop();
  void serve(int fd, std::string peer);
  void forget(int fd);

  ports::HttpServerConfig config_;
  ports::HttpHandler handler_;
  int listen_fd_ = -1;
  std::uint16_t port_ = 0;
  std::thread acceptor_;
  std::mutex mu_;
  std::condition_variable idle_;
  std::set<int> open_;
  bool stopping_ = false;
};

}  // namespace printcam::host
