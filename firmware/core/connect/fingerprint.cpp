#include "core/connect/fingerprint.hpp"

#include "core/codec/base64.hpp"

namespace printcam::connect {

std::string format_mac(const MacAddress& mac) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < mac.size(); ++i) {
    if (i > 0) out += ':';
    out += kHex[mac[i] >> 4];
    out += kHex[mac[i] & 0xf];
  }
  return out;
}

std::string derive_fingerprint(const MacAddress& unique_id, const MacAddress& wifi_mac) {
  std::string text;
  for (std::uint8_t byte : unique_id) text += std::to_string(byte);
  text += ' ';
  text += format_mac(wifi_mac);
  return codec::base64_encode(text);
}

}  // namespace printcam::connect
