#include "core/json/json_reader.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <utility>

#include "core/json/utf8.hpp"

namespace printcam::json {
namespace {

/// The longest number literal accepted; longer ones carry no extra precision in a double.
constexpr std::size_t kMaxNumberChars = 40;

class Reader {
 public:
  Reader(std::string_view text, const Limits& limits, ParseError& error)
      : s_(text), limits_(limits), error_(error) {}

  bool document(Value& out) {
    skip_ws();
    if (!value(out, 0)) return false;
    skip_ws();
    if (pos_ != s_.size()) return fail("unexpected data after the JSON value");
    return true;
  }

 private:
  bool fail(const char* message) {
    error_.offset = pos_;
    error_.message = message;
    return false;
  }
  bool at_end() const { return pos_ >= s_.size(); }
  char peek() const { return s_[pos_]; }
  void skip_ws() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("unknown word; expected a JSON value");
    pos_ += word.size();
    return true;
  }

  bool value(Value& out, std::size_t depth) {
    if (at_end()) return fail("unexpected end of input; expected a JSON value");
    switch (peek()) {
      case '{':
        return object(out, depth + 1);
      case '[':
        return array(out, depth + 1);
      case '"': {
        std::string str;
        if (!string(str)) return false;
        out = Value::string(std::move(str));
        return true;
      }
      case 't':
        out = Value::boolean(true);
        return literal("true");
      case 'f':
        out = Value::boolean(false);
        return literal("false");
      case 'n':
        out = Value();
        return literal("null");
      default:
        return number(out);
    }
  }

  bool object(Value& out, std::size_t depth) {
    if (depth > limits_.max_depth) return fail("nested too deeply");
    ++pos_;  // '{'
    out = Value::object();
    skip_ws();
    if (!at_end() && peek() == '}') {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_ws();
      if (at_end() || peek() != '"') return fail("expected a quoted object key");
      const std::size_t key_at = pos_;
      std::string key;
      if (!string(key)) return false;
      if (out.find(key) != nullptr) {
        pos_ = key_at;
        return fail("duplicate object key");
      }
      skip_ws();
      if (at_end() || peek() != ':') return fail("expected ':' after an object key");
      ++pos_;
      skip_ws();
      Value member;
      if (!value(member, depth)) return false;
      out.set(std::move(key), std::move(member));
      skip_ws();
      if (at_end()) return fail("unexpected end of input; expected ',' or '}'");
      if (peek() == '}') {
        ++pos_;
        return true;
      }
      if (peek() != ',') return fail("expected ',' or '}' after an object member");
      ++pos_;
    }
  }

  bool array(Value& out, std::size_t depth) {
    if (depth > limits_.max_depth) return fail("nested too deeply");
    ++pos_;  // '['
    out = Value::array();
    skip_ws();
    if (!at_end() && peek() == ']') {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_ws();
      Value item;
      if (!value(item, depth)) return false;
      out.push_back(std::move(item));
      skip_ws();
      if (at_end()) return fail("unexpected end of input; expected ',' or ']'");
      if (peek() == ']') {
        ++pos_;
        return true;
      }
      if (peek() != ',') return fail("expected ',' or ']' after an array item");
      ++pos_;
    }
  }

  bool digits() {
    if (at_end() || peek() < '0' || peek() > '9') return fail("expected a digit");
    while (!at_end() && peek() >= '0' && peek() <= '9') ++pos_;
    return true;
  }

  bool number(Value& out) {
    const std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (at_end() || peek() < '0' || peek() > '9') return fail("expected a JSON value");
    if (peek() == '0') {
      ++pos_;
      if (!at_end() && peek() >= '0' && peek() <= '9') return fail("leading zeros are not allowed");
    } else if (!digits()) {
      return false;
    }
    bool integral = true;
    if (!at_end() && peek() == '.') {
      integral = false;
      ++pos_;
      if (!digits()) return false;
    }
    if (!at_end() && (peek() == 'e' || peek() == 'E')) {
      integral = false;
      ++pos_;
      if (!at_end() && (peek() == '+' || peek() == '-')) ++pos_;
      if (!digits()) return false;
    }
    const std::string_view text = s_.substr(start, pos_ - start);
    if (text.size() > kMaxNumberChars) {
      pos_ = start;
      return fail("number too long");
    }
    if (integral && parse_int(text, out)) return true;
    char buf[kMaxNumberChars + 1];
    text.copy(buf, text.size());
    buf[text.size()] = '\0';
    const double d = std::strtod(buf, nullptr);
    if (!std::isfinite(d)) {
      pos_ = start;
      return fail("number out of range");
    }
    out = Value::number(d);
    return true;
  }

  /// Exact 64-bit parse; false on overflow (the caller falls back to a double).
  static bool parse_int(std::string_view text, Value& out) {
    const bool negative = text[0] == '-';
    if (negative) text.remove_prefix(1);
    std::uint64_t magnitude = 0;
    for (char c : text) {
      const auto digit = static_cast<std::uint64_t>(c - '0');
      if (magnitude > (UINT64_MAX - digit) / 10) return false;
      magnitude = magnitude * 10 + digit;
    }
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    if (magnitude > limit) return false;
    out = Value::integer(negative ? static_cast<std::int64_t>(0 - magnitude)
                                  : static_cast<std::int64_t>(magnitude));
    return true;
  }

  bool hex4(std::uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (at_end()) return fail("unexpected end of input in a \\u escape");
      const char c = peek();
      out <<= 4;
      if (c >= '0' && c <= '9')
        out |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        out |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        out |= static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return fail("expected 4 hex digits after \\u");
    }
    return true;
  }

  bool escape(std::string& out) {
    ++pos_;  // '\\'
    if (at_end()) return fail("unexpected end of input in an escape");
    const char c = peek();
    ++pos_;
    switch (c) {
      case '"':
        out.push_back('"');
        return true;
      case '\\':
        out.push_back('\\');
        return true;
      case '/':
        out.push_back('/');
        return true;
      case 'b':
        out.push_back('\b');
        return true;
      case 'f':
        out.push_back('\f');
        return true;
      case 'n':
        out.push_back('\n');
        return true;
      case 'r':
        out.push_back('\r');
        return true;
      case 't':
        out.push_back('\t');
        return true;
      case 'u':
        break;
      default:
        --pos_;
        return fail("unknown escape");
    }
    const std::size_t at = pos_ - 2;
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      pos_ = at;
      return fail("lone low surrogate in a \\u escape");
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low = 0;
      if (s_.substr(pos_, 2) != "\\u") {
        pos_ = at;
        return fail("high surrogate without its low half");
      }
      pos_ += 2;
      if (!hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) {
        pos_ = at;
        return fail("high surrogate without its low half");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  bool string(std::string& out) {
    ++pos_;  // '"'
    for (;;) {
      if (at_end()) return fail("unterminated string");
      const auto c = static_cast<unsigned char>(peek());
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        if (!escape(out)) return false;
      } else if (c < 0x20) {
        return fail("control character in a string; escape it");
      } else if (c < 0x80) {
        out.push_back(static_cast<char>(c));
        ++pos_;
      } else {
        const std::size_t n = utf8_sequence_length(s_.substr(pos_));
        if (n == 0) return fail("invalid UTF-8 in a string");
        out.append(s_.substr(pos_, n));
        pos_ += n;
      }
    }
  }

  std::string_view s_;
  const Limits& limits_;
  ParseError& error_;
  std::size_t pos_ = 0;
};

}  // namespace

bool parse(std::string_view text, Value& out, ParseError& error, const Limits& limits) {
  if (text.size() > limits.max_bytes) {
    error.offset = limits.max_bytes;
    error.message = "input too large";
    return false;
  }
  return Reader(text, limits, error).document(out);
}

}  // namespace printcam::json
