#include "platform/host/http_request_parser.hpp"

#include <cctype>

namespace printcam::host {
namespace {

bool is_tchar(unsigned char c) {
  return std::isalnum(c) ||
         std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string_view trim_ows(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// Next line without its CR?LF; false when no line end is left.
bool next_line(std::string_view& rest, std::string_view& line) {
  const std::size_t lf = rest.find('\n');
  if (lf == std::string_view::npos) return false;
  line = rest.substr(0, lf);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  rest.remove_prefix(lf + 1);
  return true;
}

ParseStatus parse_request_line(std::string_view line, RequestHead& out) {
  const std::size_t sp1 = line.find(' ');
  if (sp1 == std::string_view::npos || sp1 == 0) return ParseStatus::kBadRequest;
  const std::size_t sp2 = line.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos) return ParseStatus::kBadRequest;
  const std::string_view method = line.substr(0, sp1);
  const std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
  const std::string_view version = line.substr(sp2 + 1);
  for (unsigned char c : method) {
    if (!is_tchar(c)) return ParseStatus::kBadRequest;
  }
  if (target.size() > kMaxTarget) return ParseStatus::kUriTooLong;
  if (target.empty() || target.front() != '/') return ParseStatus::kBadRequest;
  for (unsigned char c : target) {
    if (c <= 0x20 || c >= 0x7f) return ParseStatus::kBadRequest;
  }
  if (version.size() != 8 || version.substr(0, 7) != "HTTP/1.") {
    return version.substr(0, 5) == "HTTP/" ? ParseStatus::kBadVersion : ParseStatus::kBadRequest;
  }
  if (version[7] != '0' && version[7] != '1') return ParseStatus::kBadVersion;
  out.method = std::string(method);
  const std::size_t q = target.find('?');
  out.path = std::string(target.substr(0, q));
  out.query = q == std::string_view::npos ? std::string() : std::string(target.substr(q + 1));
  out.minor_version = version[7] - '0';
  return ParseStatus::kDone;
}

ParseStatus parse_content_length(std::string_view v, std::size_t& out) {
  if (v.empty() || v.size() > 12) return ParseStatus::kBadRequest;
  std::size_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return ParseStatus::kBadRequest;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  out = n;
  return ParseStatus::kDone;
}

/// Length of the head including its blank line, or npos: the earliest CRLFCRLF or LFLF.
std::size_t head_end(std::string_view s) {
  const std::size_t crlf = s.find("\n\r\n");
  const std::size_t lf = s.find("\n\n");
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::string_view::npos;
  if (lf == std::string_view::npos || (crlf != std::string_view::npos && crlf < lf)) return crlf + 3;
  return lf + 2;
}

}  // namespace

const std::string* RequestHead::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (iequals(k, name)) return &v;
  }
  return nullptr;
}

ParseResult parse_request_head(std::string_view buf, RequestHead& out) {
  // Clients may send empty lines before a request (RFC 9112 §2.2).
  std::size_t skipped = 0;
  while (skipped < buf.size() && (buf[skipped] == '\r' || buf[skipped] == '\n')) ++skipped;
  std::string_view rest = buf.substr(skipped);
  const std::size_t end = head_end(rest);
  if (end == std::string_view::npos) {
    if (buf.size() > kMaxRequestHead) return {ParseStatus::kHeadTooLarge};
    // A request line that is already too long need not wait for the rest.
    const std::size_t first_lf = rest.find('\n');
    if (first_lf == std::string_view::npos && rest.size() > kMaxTarget + 32)
      return {ParseStatus::kUriTooLong};
    return {ParseStatus::kIncomplete};
  }
  if (skipped + end > kMaxRequestHead) return {ParseStatus::kHeadTooLarge};
  std::string_view head = rest.substr(0, end);
  std::string_view line;
  next_line(head, line);
  out = RequestHead{};
  if (ParseStatus s = parse_request_line(line, out); s != ParseStatus::kDone) return {s};
  bool have_length = false;
  while (next_line(head, line) && !line.empty()) {
    // Obsolete line folding is refused (RFC 9112 §5.2).
    if (line.front() == ' ' || line.front() == '\t') return {ParseStatus::kBadRequest};
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return {ParseStatus::kBadRequest};
    const std::string_view name = line.substr(0, colon);
    for (unsigned char c : name) {
      if (!is_tchar(c)) return {ParseStatus::kBadRequest};
    }
    const std::string_view value = trim_ows(line.substr(colon + 1));
    for (unsigned char c : value) {
      if ((c < 0x20 && c != '\t') || c == 0x7f) return {ParseStatus::kBadRequest};
    }
    if (out.headers.size() >= kMaxHeaders) return {ParseStatus::kHeadTooLarge};
    if (iequals(name, "Content-Length")) {
      std::size_t n = 0;
      if (parse_content_length(value, n) != ParseStatus::kDone) return {ParseStatus::kBadRequest};
      // Two different lengths are a request-smuggling attempt (RFC 9112 §6.3).
      if (have_length && n != out.content_length) return {ParseStatus::kBadRequest};
      out.content_length = n;
      have_length = true;
    } else if (iequals(name, "Transfer-Encoding")) {
      return {ParseStatus::kNotImplemented};
    }
    out.headers.emplace_back(std::string(name), std::string(value));
  }
  if (out.minor_version == 1 && out.header("Host") == nullptr) return {ParseStatus::kBadRequest};
  return {ParseStatus::kDone, skipped + end};
}

int status_for(ParseStatus s) {
  switch (s) {
    case ParseStatus::kHeadTooLarge:
      return 431;
    case ParseStatus::kUriTooLong:
      return 414;
    case ParseStatus::kNotImplemented:
      return 501;
    case ParseStatus::kBadVersion:
      return 505;
    default:
      return 400;
  }
}

}  // namespace printcam::host
