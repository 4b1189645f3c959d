#include "core/settings/string_formats.hpp"

#include "core/time/posix_tz.hpp"

namespace printcam::settings {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_alnum(char c) {
  return is_digit(c) || is_alpha(c);
}

/// Reads a decimal number of 1..max_digits digits at `s[i]` into `out`; advances `i`.
bool read_number(std::string_view s, std::size_t& i, int max_digits, int& out) {
  const std::size_t start = i;
  out = 0;
  while (i < s.size() && is_digit(s[i]) && static_cast<int>(i - start) < max_digits)
    out = out * 10 + (s[i++] - '0');
  return i > start && (i >= s.size() || !is_digit(s[i]));
}

/// Host name (dot-separated labels) or IPv4 address.
bool is_host(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  if (is_ipv4(host)) return true;
  while (!host.empty()) {
    const auto dot = host.find('.');
    if (!is_hostname_label(host.substr(0, dot))) return false;
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
    if (host.empty()) return false;
  }
  return true;
}

/// Splits "http(s)://host[:port]rest"; false when the scheme, host or port is bad.
bool split_url(std::string_view text, std::string_view& rest) {
  std::string_view s = text;
  if (s.substr(0, 7) == "http://")
    s.remove_prefix(7);
  else if (s.substr(0, 8) == "https://")
    s.remove_prefix(8);
  else
    return false;
  const std::size_t end = s.find_first_of("/?#");
  std::string_view authority = s.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view{} : s.substr(end);
  if (const auto colon = authority.find(':'); colon != std::string_view::npos) {
    std::size_t i = colon + 1;
    int port = 0;
    if (!read_number(authority, i, 5, port) || i != authority.size() || port < 1 || port > 65535)
      return false;
    authority = authority.substr(0, colon);
  }
  return is_host(authority);
}

}  // namespace

bool is_ipv4(std::string_view text) {
  std::size_t i = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0 && (i >= text.size() || text[i++] != '.')) return false;
    const std::size_t start = i;
    int v = 0;
    if (!read_number(text, i, 3, v) || v > 255) return false;
    if (i - start > 1 && text[start] == '0') return false;
  }
  return i == text.size();
}

bool is_hostname_label(std::string_view text) {
  if (text.empty() || text.size() > 63 || text.front() == '-' || text.back() == '-') return false;
  for (char c : text) {
    if (!is_alnum(c) && c != '-') return false;
  }
  return true;
}

bool is_http_url(std::string_view text) {
  std::string_view rest;
  if (!split_url(text, rest)) return false;
  for (char c : rest) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
  }
  return true;
}

bool is_origin(std::string_view text) {
  std::string_view rest;
  return split_url(text, rest) && rest.empty();
}

bool is_posix_timezone(std::string_view text) {
  return tz::parse_posix_tz(text).has_value();
}

std::optional<std::string> check_format(Format format, std::string_view text) {
  switch (format) {
    case Format::kNone:
      return std::nullopt;
    case Format::kUrl:
      if (is_http_url(text)) return std::nullopt;
      return "must be an http:// or https:// address, such as https://connect.prusa3d.com";
    case Format::kHostname:
      if (is_hostname_label(text)) return std::nullopt;
      return "may hold only letters, digits and hyphens, and may not start or end with a hyphen";
    case Format::kIpv4:
      if (is_ipv4(text)) return std::nullopt;
      return "must be an IPv4 address, such as 192.168.1.20";
    case Format::kPassword:
      for (char c : text) {
        if (c < 0x20 || c > 0x7e) return "may hold only printable ASCII characters";
      }
      return std::nullopt;
    case Format::kTimezone:
      if (is_posix_timezone(text)) return std::nullopt;
      return "must be a POSIX time zone, such as UTC0 or CET-1CEST,M3.5.0,M10.5.0/3";
    case Format::kAlnum:
      for (char c : text) {
        if (!is_alnum(c)) return "may hold only letters and digits";
      }
      return std::nullopt;
    case Format::kOriginList: {
      std::string_view rest = text;
      while (true) {
        const auto comma = rest.find(',');
        std::string_view item = rest.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!is_origin(item)) return "must be origins like https://app.example.com, separated by commas";
        if (comma == std::string_view::npos) return std::nullopt;
        rest.remove_prefix(comma + 1);
      }
    }
  }
  return std::nullopt;
}

}  // namespace printcam::settings
