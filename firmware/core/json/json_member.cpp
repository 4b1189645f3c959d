#include "core/json/json_member.hpp"

#include <cstdint>

namespace printcam::json {
namespace {

/// A recursive-descent reader over one document; it validates everything and keeps only the
/// top-level string member it was asked for.
class Reader {
 public:
  Reader(std::string_view text, std::string& error) : s_(text), error_(error) {}

  bool document(std::string_view key, std::optional<std::string>& found) {
    skip_space();
    if (!take('{')) return fail("expected a JSON object");
    skip_space();
    if (!take('}')) {
      do {
        skip_space();
        std::string name;
        if (!string(&name)) return false;
        skip_space();
        if (!take(':')) return fail("expected ':' after a member name");
        skip_space();
        if (name == key) {
          if (peek() != '"') return fail("\"" + name + "\" must be a string");
          std::string value;
          if (!string(&value)) return false;
          found = std::move(value);
        } else if (!value(1)) {
          return false;
        }
        skip_space();
      } while (take(','));
      if (!take('}')) return fail("expected ',' or '}' in the object");
    }
    skip_space();
    return pos_ == s_.size() || fail("unexpected text after the JSON object");
  }

 private:
  bool fail(std::string message) {
    if (error_.empty()) error_ = std::move(message) + " (at byte " + std::to_string(pos_) + ")";
    return false;
  }
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  bool take(char c) {
    if (peek() != c || pos_ >= s_.size()) return false;
    ++pos_;
    return true;
  }
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
      ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("unknown value");
    pos_ += word.size();
    return true;
  }

  bool value(int depth) {
    if (depth > kMaxDepth) return fail("JSON nested too deeply");
    const char c = peek();
    if (c == '"') return string(nullptr);
    if (c == 't') return literal("true");
    if (c == 'f') return literal("false");
    if (c == 'n') return literal("null");
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    if (c != '{' && c != '[') return fail("expected a value");
    const char close = c == '{' ? '}' : ']';
    ++pos_;
    skip_space();
    if (take(close)) return true;
    do {
      skip_space();
      if (close == '}') {
        if (!string(nullptr)) return false;
        skip_space();
        if (!take(':')) return fail("expected ':' after a member name");
        skip_space();
      }
      if (!value(depth + 1)) return false;
      skip_space();
    } while (take(','));
    return take(close) || fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
  }

  bool digits() {
    const std::size_t start = pos_;
    while (peek() >= '0' && peek() <= '9' && pos_ < s_.size()) ++pos_;
    return pos_ > start || fail("expected a digit");
  }

  bool number() {
    take('-');
    if (!take('0') && !digits()) return false;
    if (take('.') && !digits()) return false;
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (!take('+')) take('-');
      if (!digits()) return false;
    }
    return true;
  }

  bool hex4(std::uint32_t& out) {
    if (s_.size() - pos_ < 4) return fail("short \\u escape");
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = s_[pos_++];
      const int v = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
      if (v < 0) return fail("bad \\u escape");
      out = out * 16 + static_cast<std::uint32_t>(v);
    }
    return true;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool escape(std::string* out) {
    if (pos_ >= s_.size()) return fail("unfinished escape");
    const char e = s_[pos_++];
    static constexpr std::string_view kFrom = "\"\\/bfnrt";
    static constexpr std::string_view kTo = "\"\\/\b\f\n\r\t";
    if (const auto i = kFrom.find(e); i != std::string_view::npos) {
      if (out) *out += kTo[i];
      return true;
    }
    if (e != 'u') return fail("unknown escape");
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("lone low surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low = 0;
      if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF)
        return fail("lone high surrogate");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    if (out) append_utf8(*out, cp);
    return true;
  }

  bool string(std::string* out) {
    if (!take('"')) return fail("expected a string");
    while (pos_ < s_.size()) {
      const char c = s_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      if (c == '\\') {
        if (!escape(out)) return false;
      } else if (out) {
        *out += c;
      }
    }
    return fail("unterminated string");
  }

  std::string_view s_;
  std::string& error_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<std::string> string_member(std::string_view text, std::string_view key, std::string& error) {
  error.clear();
  std::optional<std::string> found;
  Reader reader(text, error);
  if (!reader.document(key, found)) return std::nullopt;
  return found;
}

}  // namespace printcam::json
