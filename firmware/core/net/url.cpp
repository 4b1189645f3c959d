#include "core/net/url.hpp"

#include <cctype>

namespace printcam::net {
namespace {

bool fail(std::string* error, const char* why) {
  if (error) *error = why;
  return false;
}

std::nullopt_t refuse(std::string* error, const char* why) {
  fail(error, why);
  return std::nullopt;
}

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// RFC 3986 reg-name restricted to what DNS names use; percent-encoded or IDN hosts must be given
// in their ASCII (punycode) form.
bool host_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

bool ipv6_char(char c) {
  return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
}

// Path and query characters: printable ASCII without space, '#' (fragments are refused) and the
// characters RFC 3986 never allows unencoded.
bool path_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7f) return false;
  return c != '#' && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' &&
         c != '|' && c != '}';
}

bool parse_port(std::string_view digits, std::uint16_t* port, std::string* error) {
  if (digits.empty()) return fail(error, "The URL has a ':' but no port number after it.");
  unsigned long value = 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return fail(error, "The port must be a number.");
    value = value * 10 + static_cast<unsigned long>(c - '0');
    if (value > 65535) return fail(error, "The port must be between 1 and 65535.");
  }
  if (value == 0) return fail(error, "The port must be between 1 and 65535.");
  *port = static_cast<std::uint16_t>(value);
  return true;
}

bool parse_authority(std::string_view auth, Url* url, std::string* error) {
  if (auth.find('@') != std::string_view::npos) {
    return fail(error, "User names and passwords in the URL are not supported.");
  }
  std::string_view host = auth;
  std::string_view port;
  bool has_port = false;
  if (!auth.empty() && auth.front() == '[') {
    const auto close = auth.find(']');
    if (close == std::string_view::npos) return fail(error, "The IPv6 address is missing its ']'.");
    host = auth.substr(1, close - 1);
    const std::string_view rest = auth.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return fail(error, "Unexpected text after the IPv6 address.");
    if (!rest.empty()) {
      has_port = true;
      port = rest.substr(1);
    }
    if (host.empty()) return fail(error, "The IPv6 address is empty.");
    for (char c : host) {
      if (!ipv6_char(c)) return fail(error, "The IPv6 address has a character it cannot have.");
    }
  } else {
    const auto colon = auth.find(':');
    if (colon != std::string_view::npos) {
      host = auth.substr(0, colon);
      port = auth.substr(colon + 1);
      has_port = true;
    }
    if (host.empty()) return fail(error, "The URL has no host name.");
    for (char c : host) {
      if (!host_char(c)) return fail(error, "The host name may only use letters, digits, '-' and '.'.");
    }
  }
  url->host.clear();
  for (char c : host) url->host.push_back(lower(c));
  url->explicit_port = has_port;
  if (has_port) return parse_port(port, &url->port, error);
  url->port = url->scheme == "https" ? 443 : 80;
  return true;
}

}  // namespace

std::string Url::authority() const {
  std::string out = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  if (explicit_port) out += ":" + std::to_string(port);
  return out;
}

std::optional<Url> parse_url(std::string_view text, std::string* error) {
  if (text.empty()) return refuse(error, "The URL is empty.");
  if (text.size() > kMaxUrlLength) return refuse(error, "The URL is longer than 512 characters.");
  const auto sep = text.find("://");
  if (sep == std::string_view::npos) {
    return refuse(error, "The URL must start with http:// or https://.");
  }
  Url url;
  for (char c : text.substr(0, sep)) url.scheme.push_back(lower(c));
  if (url.scheme != "http" && url.scheme != "https") {
    return refuse(error, "Only http:// and https:// URLs are supported.");
  }
  const std::string_view rest = text.substr(sep + 3);
  const auto path_at = rest.find_first_of("/?#");
  if (!parse_authority(rest.substr(0, path_at), &url, error)) return std::nullopt;
  std::string_view path = path_at == std::string_view::npos ? std::string_view() : rest.substr(path_at);
  for (char c : path) {
    if (c == '#') return refuse(error, "Fragments ('#...') have no meaning here; remove them.");
    if (!path_char(c)) return refuse(error, "The URL has a space or another character it cannot have.");
  }
  url.path = path.empty() || path.front() != '/' ? "/" + std::string(path) : std::string(path);
  return url;
}

std::string join_path(const Url& base, std::string_view path) {
  std::string out = base.scheme + "://" + base.authority();
  std::string_view head = base.path;
  while (!head.empty() && head.back() == '/') head.remove_suffix(1);
  out += head;
  if (path.empty() || path.front() != '/') out.push_back('/');
  out += path;
  return out;
}

}  // namespace printcam::net
