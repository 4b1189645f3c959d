#include "platform/host/http_response_parser.hpp"

#include <cctype>
#include <limits>

namespace printcam::host {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<std::uint64_t> parse_length(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (v > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) return std::nullopt;
    v = v * 10 + digit;
  }
  return v;
}

bool parse_status_line(std::string_view line, ResponseHead* head) {
  // "HTTP/1.1 204 No Content"; the reason phrase may be empty.
  if (line.size() < 12 || line.substr(0, 7) != "HTTP/1." || line[8] != ' ') return false;
  if (line[7] != '0' && line[7] != '1') return false;
  int status = 0;
  for (std::size_t i = 9; i < 12; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
    status = status * 10 + (line[i] - '0');
  }
  if (status < 100 || (line.size() > 12 && line[12] != ' ')) return false;
  head->status = status;
  return true;
}

bool apply_header(std::string_view line, ResponseHead* head) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view name = line.substr(0, colon);
  for (char c : name) {
    if (c == ' ' || c == '\t' || static_cast<unsigned char>(c) < 0x21) return false;
  }
  const std::string_view value = trim(line.substr(colon + 1));
  if (iequals(name, "content-length")) {
    const auto n = parse_length(value);
    // RFC 9112 §6.3: differing repeated lengths make the message unreadable.
    if (!n || (head->content_length && *head->content_length != *n)) return false;
    head->content_length = n;
  } else if (iequals(name, "transfer-encoding")) {
    const auto last = value.rfind(',');
    head->chunked = iequals(trim(last == std::string_view::npos ? value : value.substr(last + 1)), "chunked");
  }
  return true;
}

}  // namespace

std::optional<ResponseHead> parse_response_head(std::string_view text) {
  if (text.size() > kMaxResponseHeadBytes) return std::nullopt;
  ResponseHead head;
  bool first = true;
  while (!text.empty() || first) {
    const auto eol = text.find("\r\n");
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 2);
    if (first ? !parse_status_line(line, &head) : !apply_header(line, &head)) return std::nullopt;
    first = false;
  }
  return head;
}

}  // namespace printcam::host
