#include "core/network/ap_address.hpp"

namespace printcam::network {

std::string ipv4_text(const Ipv4& ip) {
  std::string out;
  for (std::size_t i = 0; i < ip.size(); ++i) {
    if (i > 0) out += '.';
    out += std::to_string(ip[i]);
  }
  return out;
}

std::optional<Ipv4> parse_ipv4(std::string_view text) {
  Ipv4 ip{};
  for (std::size_t part = 0; part < ip.size(); ++part) {
    if (part > 0) {
      if (text.empty() || text.front() != '.') return std::nullopt;
      text.remove_prefix(1);
    }
    unsigned value = 0;
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
      value = value * 10 + static_cast<unsigned>(text[digits] - '0');
      if (++digits > 3 || value > 255) return std::nullopt;
    }
    if (digits == 0) return std::nullopt;
    ip[part] = static_cast<std::uint8_t>(value);
    text.remove_prefix(digits);
  }
  if (!text.empty()) return std::nullopt;
  return ip;
}

bool in_subnet(const Ipv4& ip, const Ipv4& network, int prefix_length) {
  for (std::size_t i = 0; i < ip.size(); ++i) {
    const int bits = prefix_length - static_cast<int>(i) * 8;
    if (bits <= 0) return true;
    const unsigned mask = bits >= 8 ? 0xFFu : (0xFFu << (8 - bits)) & 0xFFu;
    if ((ip[i] & mask) != (network[i] & mask)) return false;
  }
  return true;
}

}  // namespace printcam::network
