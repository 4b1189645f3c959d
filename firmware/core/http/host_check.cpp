#include "core/http/host_check.hpp"

#include <cctype>

namespace printcam::http {
namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

bool is_ipv4(std::string_view s) {
  int parts = 0;
  while (true) {
    std::size_t digits = 0;
    unsigned value = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) {
      value = value * 10 + static_cast<unsigned>(s[digits] - '0');
      if (++digits > 3) return false;
    }
    if (digits == 0 || value > 255) return false;
    ++parts;
    s.remove_prefix(digits);
    if (s.empty()) return parts == 4;
    if (s.front() != '.' || parts == 4) return false;
    s.remove_prefix(1);
  }
}

bool is_bracketed_ipv6(std::string_view s) {
  if (s.size() < 4 || s.front() != '[' || s.back() != ']') return false;
  for (char c : s.substr(1, s.size() - 2)) {
    if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return false;
  }
  return true;
}

}  // namespace

bool is_ip_literal(std::string_view host) {
  return is_ipv4(host) || is_bracketed_ipv6(host);
}

std::string_view host_of(std::string_view header) {
  const auto bracket = header.rfind(']');
  const auto colon = header.rfind(':');
  if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
    header = header.substr(0, colon);
  }
  if (!header.empty() && header.back() == '.') header.remove_suffix(1);
  return header;
}

bool names_this_camera(std::string_view host, std::string_view own) {
  if (is_ip_literal(host) || equals_ignoring_case(host, "localhost")) return true;
  if (own.empty()) return false;
  if (equals_ignoring_case(host, own)) return true;
  constexpr std::string_view kMdnsSuffix = ".local";
  return host.size() == own.size() + kMdnsSuffix.size() &&
         equals_ignoring_case(host.substr(0, own.size()), own) &&
         equals_ignoring_case(host.substr(own.size()), kMdnsSuffix);
}

bool HostCheck::allowed(std::optional<std::string_view> header) const {
  if (!header) return true;
  if (config_.captive_portal_active && config_.captive_portal_active()) return true;
  return names_this_camera(host_of(*header), config_.hostname ? config_.hostname() : std::string());
}

}  // namespace printcam::http
