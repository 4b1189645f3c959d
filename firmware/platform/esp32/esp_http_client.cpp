#include "platform/esp32/esp_http_client.hpp"

#include <esp_crt_bundle.h>
#include <esp_tls_errors.h>
#include <lwip/sockets.h>

#include <string>

namespace printcam::esp32 {
namespace {

using ports::HttpClientError;
using ports::HttpClientResult;

bool has_line_break(std::string_view s) {
  return s.find_first_of("\r\n") != std::string_view::npos;
}

bool method_of(std::string_view name, esp_http_client_method_t& out) {
  constexpr std::pair<std::string_view, esp_http_client_method_t> kMethods[] = {
      {"GET", HTTP_METHOD_GET},     {"POST", HTTP_METHOD_POST},     {"PUT", HTTP_METHOD_PUT},
      {"PATCH", HTTP_METHOD_PATCH}, {"DELETE", HTTP_METHOD_DELETE}, {"HEAD", HTTP_METHOD_HEAD},
  };
  for (const auto& [text, method] : kMethods) {
    if (text == name) {
      out = method;
      return true;
    }
  }
  return false;
}

}  // namespace

HttpClientResult EspHttpClient::failure(esp_err_t err, std::string_view detail) {
  if (cancelled_) return {HttpClientError::kCancelled, err, "The request was cancelled."};
  int tls_error = 0;
  int tls_flags = 0;
  if (client_ != nullptr) esp_http_client_get_and_clear_last_tls_error(client_, &tls_error, &tls_flags);
  switch (tls_error) {
    case ESP_ERR_ESP_TLS_CANNOT_RESOLVE_HOSTNAME:
      return {HttpClientError::kDnsFailure, tls_error, "The host name did not resolve."};
    case ESP_ERR_ESP_TLS_FAILED_CONNECT_TO_HOST:
    case ESP_ERR_ESP_TLS_CONNECTION_TIMEOUT:
      return {HttpClientError::kConnectFailure, tls_error, "The server could not be reached."};
    case ESP_ERR_MBEDTLS_SSL_HANDSHAKE_FAILED:
    case ESP_ERR_MBEDTLS_SSL_SETUP_FAILED:
      return {HttpClientError::kTlsFailure, tls_error, "The TLS handshake or certificate check failed."};
    default:
      break;
  }
  if (err == ESP_ERR_HTTP_CONNECT) return {HttpClientError::kConnectFailure, err, detail};
  if (err == -ESP_ERR_HTTP_EAGAIN || err == ESP_ERR_HTTP_EAGAIN || err == ESP_ERR_HTTP_READ_TIMEOUT) {
    return {HttpClientError::kTimeout, err, "The server stopped answering."};
  }
  if (err == ESP_ERR_HTTP_FETCH_HEADER) return {HttpClientError::kBadResponse, err, detail};
  return {HttpClientError::kConnectionLost, err, detail};
}

HttpClientResult EspHttpClient::open(const ports::HttpClientRequest& request) {
  if (client_ != nullptr)
    return {HttpClientError::kInvalidRequest, 0, "The previous request was not closed."};
  esp_http_client_method_t method;
  if (!method_of(request.method, method)) {
    return {HttpClientError::kInvalidRequest, 0, "The method is not one the client sends."};
  }
  for (std::size_t i = 0; i < request.header_count; ++i) {
    const ports::HttpHeaderField& h = request.headers[i];
    if (h.name.empty() || has_line_break(h.name) || has_line_break(h.value)) {
      return {HttpClientError::kInvalidRequest, 0, "A request header has a line break or a bad name."};
    }
  }
  cancelled_ = false;
  const std::string url(request.url);
  esp_http_client_config_t config{};
  config.url = url.c_str();
  config.method = method;
  config.timeout_ms = static_cast<int>(request.connect_timeout_ms);
  config.disable_auto_redirect = true;
  config.crt_bundle_attach = esp_crt_bundle_attach;
  client_ = esp_http_client_init(&config);
  if (client_ == nullptr) return {HttpClientError::kInvalidRequest, 0, "The URL is not valid."};
  for (std::size_t i = 0; i < request.header_count; ++i) {
    const ports::HttpHeaderField& h = request.headers[i];
    esp_http_client_set_header(client_, std::string(h.name).c_str(), std::string(h.value).c_str());
  }
  esp_http_client_set_header(client_, "Connection", "close");
  const esp_err_t err = esp_http_client_open(client_, static_cast<int>(request.content_length));
  if (err != ESP_OK) {
    const HttpClientResult r = failure(err, "The connection could not be opened.");
    close();
    return r;
  }
  {
    const std::lock_guard<std::mutex> lock(socket_mutex_);
    socket_ = esp_http_client_get_socket(client_);
  }
  io_timeout_ms_ = request.io_timeout_ms;
  esp_http_client_set_timeout_ms(client_, static_cast<int>(io_timeout_ms_));
  body_left_ = request.content_length;
  return {};
}

HttpClientResult EspHttpClient::write(const std::uint8_t* data, std::size_t n) {
  if (client_ == nullptr) return {HttpClientError::kInvalidRequest, 0, "No request is open."};
  if (n > body_left_)
    return {HttpClientError::kInvalidRequest, 0, "More body bytes than Content-Length announced."};
  while (n > 0) {
    if (cancelled_) return failure(ESP_FAIL, "");
    const int sent = esp_http_client_write(client_, reinterpret_cast<const char*>(data), static_cast<int>(n));
    if (sent <= 0)
      return failure(sent == 0 ? ESP_ERR_HTTP_EAGAIN : ESP_ERR_HTTP_WRITE_DATA, "The upload broke off.");
    data += sent;
    n -= static_cast<std::size_t>(sent);
    body_left_ -= static_cast<std::size_t>(sent);
  }
  return {};
}

HttpClientResult EspHttpClient::fetch_response(int* status) {
  if (client_ == nullptr) return {HttpClientError::kInvalidRequest, 0, "No request is open."};
  if (body_left_ > 0)
    return {HttpClientError::kInvalidRequest, 0, "The body is shorter than Content-Length."};
  const std::int64_t length = esp_http_client_fetch_headers(client_);
  if (length < 0) {
    return failure(length == -ESP_ERR_HTTP_EAGAIN ? ESP_ERR_HTTP_EAGAIN : ESP_ERR_HTTP_FETCH_HEADER,
                   "The answer is not an HTTP response.");
  }
  *status = esp_http_client_get_status_code(client_);
  return {};
}

long EspHttpClient::read(std::uint8_t* buf, std::size_t n) {
  if (client_ == nullptr || cancelled_) return -1;
  const int got = esp_http_client_read(client_, reinterpret_cast<char*>(buf), static_cast<int>(n));
  return got < 0 ? -1 : got;
}

void EspHttpClient::close() {
  if (client_ == nullptr) return;
  {
    const std::lock_guard<std::mutex> lock(socket_mutex_);
    socket_ = -1;
  }
  esp_http_client_close(client_);
  esp_http_client_cleanup(client_);
  client_ = nullptr;
  body_left_ = 0;
}

void EspHttpClient::cancel() {
  cancelled_ = true;
  const std::lock_guard<std::mutex> lock(socket_mutex_);
  if (socket_ >= 0) shutdown(socket_, SHUT_RDWR);
}

}  // namespace printcam::esp32
