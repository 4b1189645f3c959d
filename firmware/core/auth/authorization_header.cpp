#include "core/auth/authorization_header.hpp"

#include <cctype>

#include "core/auth/base64.hpp"

namespace printcam::auth {
namespace {

bool starts_with_scheme(std::string_view value, std::string_view scheme) {
  if (value.size() <= scheme.size() || value[scheme.size()] != ' ') return false;
  for (std::size_t i = 0; i < scheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(value[i])) != scheme[i]) return false;
  }
  return true;
}

std::string_view after_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

/// RFC 6750 b64token: the only characters a Bearer token may hold.
bool is_b64token(std::string_view t) {
  if (t.empty()) return false;
  std::size_t i = 0;
  for (; i < t.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (!(std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/')) break;
  }
  while (i < t.size() && t[i] == '=') ++i;
  return i == t.size();
}

}  // namespace

Credentials parse_authorization(std::string_view value) {
  Credentials c;
  if (value.size() > kMaxAuthorizationHeader) {
    c.scheme = Credentials::Scheme::kInvalid;
    return c;
  }
  if (starts_with_scheme(value, "basic")) {
    const auto decoded = base64_decode(after_spaces(value.substr(5)));
    const auto colon = decoded ? decoded->find(':') : std::string::npos;
    if (colon == std::string::npos) {
      c.scheme = Credentials::Scheme::kInvalid;
      return c;
    }
    c.scheme = Credentials::Scheme::kBasic;
    c.user = decoded->substr(0, colon);
    c.password = decoded->substr(colon + 1);
    return c;
  }
  if (starts_with_scheme(value, "bearer")) {
    const std::string_view token = after_spaces(value.substr(6));
    c.scheme = is_b64token(token) ? Credentials::Scheme::kBearer : Credentials::Scheme::kInvalid;
    if (c.scheme == Credentials::Scheme::kBearer) c.token = std::string(token);
    return c;
  }
  c.scheme = Credentials::Scheme::kInvalid;
  return c;
}

}  // namespace printcam::auth
