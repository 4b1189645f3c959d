#include "platform/esp32/esp_http_exchange.hpp"

#include <lwip/sockets.h>

#include <algorithm>
#include <cstdio>

#include "core/http/reason_phrase.hpp"

namespace printcam::esp32 {
namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

/// The peer's address as text; IPv4-mapped IPv6 peers print as IPv6 (lwIP dual stack).
std::string peer_address(httpd_req_t* req) {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  char text[INET6_ADDRSTRLEN] = "";
  if (getpeername(httpd_req_to_sockfd(req), reinterpret_cast<sockaddr*>(&addr), &len) != 0) return {};
  if (addr.ss_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(&addr)->sin_addr, text, sizeof(text));
  } else if (addr.ss_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(&addr)->sin6_addr, text, sizeof(text));
  }
  return text;
}

}  // namespace

EspHttpRequest::EspHttpRequest(httpd_req_t* req)
    : req_(req),
      method_(http_method_str(static_cast<http_method>(req->method))),
      remote_(peer_address(req)),
      body_left_(req->content_len) {
  const std::string_view uri(req->uri);
  const auto q = uri.find('?');
  path_ = uri.substr(0, q);
  query_ = q == std::string_view::npos ? std::string_view() : uri.substr(q + 1);
}

std::optional<std::string_view> EspHttpRequest::header(std::string_view name) const {
  const std::string key(name);
  const std::size_t len = httpd_req_get_hdr_value_len(req_, key.c_str());
  if (len == 0 && httpd_req_get_hdr_value_str(req_, key.c_str(), nullptr, 0) == ESP_ERR_NOT_FOUND) {
    return std::nullopt;
  }
  std::string value(len + 1, '\0');
  if (httpd_req_get_hdr_value_str(req_, key.c_str(), value.data(), value.size()) != ESP_OK) {
    return std::nullopt;
  }
  value.resize(len);
  return header_values_.emplace_back(std::move(value));
}

long EspHttpRequest::read_body(std::uint8_t* buf, std::size_t n) {
  if (body_left_ == 0) return 0;
  const int got = httpd_req_recv(req_, reinterpret_cast<char*>(buf), std::min(n, body_left_));
  if (got <= 0) return -1;  // HTTPD_SOCK_ERR_TIMEOUT, _FAIL, or 0 for a closed peer.
  body_left_ -= static_cast<std::size_t>(got);
  return got;
}

EspHttpResponse::EspHttpResponse(httpd_req_t* req, bool head_only, const std::atomic<bool>& stopping)
    : req_(req), head_only_(head_only), stopping_(stopping) {}

void EspHttpResponse::set_status(int code) {
  status_line_ = std::to_string(code) + " " + std::string(http::reason_phrase(code));
  httpd_resp_set_status(req_, status_line_.c_str());
}

void EspHttpResponse::add_header(std::string_view name, std::string_view value) {
  // esp_http_server writes Content-Type and Content-Length (or chunked framing) itself.
  if (equals_ignoring_case(name, "Content-Length")) return;
  if (equals_ignoring_case(name, "Content-Type")) {
    content_type_ = value;
    httpd_resp_set_type(req_, content_type_.c_str());
    return;
  }
  const auto& [k, v] = headers_.emplace_back(std::string(name), std::string(value));
  httpd_resp_set_hdr(req_, k.c_str(), v.c_str());
}

bool EspHttpResponse::send(const std::uint8_t* body, std::size_t n) {
  if (stopping_) return false;
  if (head_only_) return write_head("Content-Length: " + std::to_string(n) + "\r\n");
  return httpd_resp_send(req_, reinterpret_cast<const char*>(body), static_cast<ssize_t>(n)) == ESP_OK;
}

bool EspHttpResponse::send_chunk(const std::uint8_t* data, std::size_t n) {
  if (stopping_) return false;
  if (head_only_) return head_sent_ || write_head("Transfer-Encoding: chunked\r\n");
  // A zero-length chunk would end the body early; the port means "nothing to send yet".
  if (n == 0) return true;
  return httpd_resp_send_chunk(req_, reinterpret_cast<const char*>(data), static_cast<ssize_t>(n)) == ESP_OK;
}

bool EspHttpResponse::end_chunks() {
  if (head_only_) return head_sent_ || write_head("Transfer-Encoding: chunked\r\n");
  return httpd_resp_send_chunk(req_, nullptr, 0) == ESP_OK;
}

bool EspHttpResponse::write_head(const std::string& framing) {
  // httpd_resp_send would write a body too, so a HEAD answer writes its head by hand, as
  // httpd_resp_send would have: status, Content-Type, framing, then the core's headers.
  head_sent_ = true;
  std::string head = "HTTP/1.1 " + status_line_ + "\r\n";
  head += "Content-Type: " + (content_type_.empty() ? std::string(HTTPD_TYPE_TEXT) : content_type_);
  head += "\r\n" + framing;
  for (const auto& [k, v] : headers_) head += k + ": " + v + "\r\n";
  head += "\r\n";
  return httpd_send(req_, head.data(), head.size()) == static_cast<int>(head.size());
}

}  // namespace printcam::esp32
