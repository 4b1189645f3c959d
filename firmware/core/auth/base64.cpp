#include "core/auth/base64.hpp"

namespace printcam::auth {
namespace {

int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

std::optional<std::string> base64_decode(std::string_view in) {
  std::size_t pad = 0;
  while (!in.empty() && in.back() == '=' && pad < 2) {
    in.remove_suffix(1);
    ++pad;
  }
  // A trailing group of one character carries less than a byte; padding must complete a quad.
  if (in.size() % 4 == 1 || (pad > 0 && (in.size() + pad) % 4 != 0)) return std::nullopt;
  std::string out;
  out.reserve(in.size() * 3 / 4);
  unsigned acc = 0;
  int bits = 0;
  for (char c : in) {
    const int v = sextet(c);
    if (v < 0) return std::nullopt;
    // At most 13 bits are ever pending, so older ones are masked off before they could wrap.
    acc = ((acc << 6) | static_cast<unsigned>(v)) & 0x3FFFU;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFFU);
    }
  }
  // Canonical encodings leave the unused low bits zero (RFC 4648 §3.5).
  if ((acc & ((1U << bits) - 1U)) != 0) return std::nullopt;
  return out;
}

}  // namespace printcam::auth
