#pragma once
// The HttpClient port over esp_http_client's streaming calls (ports/http_client.hpp lists them).
// https verifies the server against ESP-IDF's certificate bundle (esp_crt_bundle_attach,
// CONFIG_MBEDTLS_CERTIFICATE_BUNDLE): Mozilla's root CAs, so no pinned certificate expires.
// Redirects are not followed: the caller sees the 3xx, as with the host adapter.
// cancel() shuts the socket down (lwIP allows that from another task), which wakes a blocked read
// or write; the socket is only closed by close(), under the same lock, so the descriptor cancel()
// touches is never one that was already reused.

#include <esp_http_client.h>

#include <atomic>
#include <mutex>

#include "ports/http_client.hpp"

namespace printcam::esp32 {

class EspHttpClient final : public ports::HttpClient {
 public:
  EspHttpClient() = default;
  ~EspHttpClient() override { close(); }
  EspHttpClient(const EspHttpClient&) = delete;
  EspHttpClient& operator=(const EspHttpClient&) = delete;

  ports::HttpClientResult open(const ports::HttpClientRequest& request) override;
  ports::HttpClientResult write(const std::uint8_t* data, std::size_t n) override;
  ports::HttpClientResult fetch_response(int* status) override;
  long read(std::uint8_t* buf, std::size_t n) override;
  void close() override;
  void cancel() override;

 private:
  /// The failure of the call that just returned `err`: cancelled, or what the transport says.
  ports::HttpClientResult failure(esp_err_t err, std::string_view detail);

  esp_http_client_handle_t client_ = nullptr;
  std::mutex socket_mutex_;
  int socket_ = -1;
  std::atomic<bool> cancelled_{false};
  std::size_t body_left_ = 0;
  std::uint32_t io_timeout_ms_ = 0;
};

}  // namespace printcam::esp32
