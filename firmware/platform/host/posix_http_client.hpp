#pragma once
// The host's HTTP client adapter: plain HTTP/1.1 over a TCP socket to the loopback address, for the
// simulated camera and the upload soak. Every wait is a poll() on the socket and a cancel pipe,
// bounded by the request's timeouts, so a silent server cannot hold the uploader.
// Host names: "localhost" and 127.x.x.x literals only (the project's tests never leave the
// machine); anything else fails as a DNS failure, which also lets tests exercise that path.

#include <atomic>
#include <cstdint>
#include <string>

#include "ports/http_client.hpp"

namespace printcam::host {

class PosixHttpClient final : public ports::HttpClient {
 public:
  PosixHttpClient();
  ~PosixHttpClient() override;
  PosixHttpClient(const PosixHttpClient&) = delete;
  PosixHttpClient& operator=(const PosixHttpClient&) = delete;

  ports::HttpClientResult open(const ports::HttpClientRequest& request) override;
  ports::HttpClientResult write(const std::uint8_t* data, std::size_t n) override;
  ports::HttpClientResult fetch_response(int* status) override;
  long read(std::uint8_t* buf, std::size_t n) override;
  void close() override;
  void cancel() override;

 private:
  enum class Wait { kReady, kTimeout, kCancelled, kError };
  Wait wait_for(short events, std::uint32_t timeout_ms);
  ports::HttpClientResult connect_to(std::uint32_t ipv4, std::uint16_t port, std::uint32_t timeout_ms);

  int fd_ = -1;
  int cancel_pipe_[2] = {-1, -1};
  std::atomic<bool> cancelled_{false};
  std::uint32_t io_timeout_ms_ = 0;
  std::uint64_t body_left_ = 0;  ///< Request body bytes still owed.
  std::string pending_;          ///< Response bytes read past the head, not yet returned.
  bool has_length_ = false;
  std::uint64_t response_left_ = 0;  ///< Response body bytes still to come, when has_length_.
};

}  // namespace printcam::host
