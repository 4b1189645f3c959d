#include "core/http/query.hpp"

namespace printcam::http {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> form_decode(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      if (in.size() - i < 3) return std::nullopt;
      const int hi = hex_value(in[i + 1]);
      const int lo = hex_value(in[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<Query> Query::parse(std::string_view raw, std::string& error) {
  error.clear();
  if (raw.size() > kMaxQueryLength) {
    error = "The query string is longer than " + std::to_string(kMaxQueryLength) + " bytes.";
    return std::nullopt;
  }
  Query q;
  while (!raw.empty()) {
    const std::size_t amp = raw.find('&');
    const std::string_view pair = raw.substr(0, amp);
    raw = amp == std::string_view::npos ? std::string_view() : raw.substr(amp + 1);
    if (pair.empty()) continue;
    if (q.params_.size() == kMaxQueryParams) {
      error = "The query string has more than " + std::to_string(kMaxQueryParams) + " parameters.";
      return std::nullopt;
    }
    const std::size_t eq = pair.find('=');
    auto name = form_decode(pair.substr(0, eq));
    auto value = form_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!name || !value) {
      error = "Malformed %-escape in the query string near '" + std::string(pair.substr(0, 40)) + "'.";
      return std::nullopt;
    }
    q.params_.emplace_back(std::move(*name), std::move(*value));
  }
  return q;
}

std::optional<std::string_view> Query::get(std::string_view name) const {
  for (const auto& [k, v] : params_) {
    if (k == name) return std::string_view(v);
  }
  return std::nullopt;
}

std::vector<std::string_view> Query::all(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const auto& [k, v] : params_) {
    if (k == name) out.emplace_back(v);
  }
  return out;
}

}  // namespace printcam::http
