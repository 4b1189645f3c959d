#include "core/network/ap_credentials.hpp"

namespace printcam::network {
namespace {

/// Digits and lower-case letters without 0/o and 1/l: 32 symbols, easy to read off a phone and type.
constexpr char kAlphabet[] = "23456789abcdefghijkmnpqrstuvwxyz";
static_assert(sizeof kAlphabet - 1 == 32, "5 bits per character");
constexpr char kDomain[] = "printcam-ap-v1";
constexpr std::size_t kPasswordLength = 12;

std::uint64_t fnv1a(std::uint64_t h, std::uint8_t byte) {
  return (h ^ byte) * 0x100000001b3ULL;
}

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

std::string ap_ssid(const Mac& mac) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string ssid = "printcam-";
  for (std::size_t i = 3; i < mac.size(); ++i) {
    ssid.push_back(kHex[mac[i] >> 4]);
    ssid.push_back(kHex[mac[i] & 0x0F]);
  }
  return ssid;
}

std::string ap_password(const std::vector<std::uint8_t>& secret_id) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : kDomain) {
    if (c != '\0') h = fnv1a(h, static_cast<std::uint8_t>(c));
  }
  for (const std::uint8_t b : secret_id) h = fnv1a(h, b);
  const std::uint64_t x = splitmix64(h);
  std::string password;
  for (std::size_t k = 0; k < kPasswordLength; ++k) password.push_back(kAlphabet[(x >> (5 * k)) & 31]);
  return password;
}

}  // namespace printcam::network
