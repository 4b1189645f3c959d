#include "core/crypto/password_hash.hpp"

#include <cstdlib>
#include <optional>
#include <vector>

#include "core/crypto/sha256.hpp"

namespace printcam::crypto {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
/// Refuse absurd counts from a corrupted record rather than spin for hours.
constexpr std::uint32_t kMaxIterations = 1000000;

std::string to_hex(const std::uint8_t* data, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kHex[data[i] >> 4]);
    out.push_back(kHex[data[i] & 0xf]);
  }
  return out;
}

std::optional<std::string> from_hex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    int byte = 0;
    for (char c : hex.substr(i, 2)) {
      byte <<= 4;
      if (c >= '0' && c <= '9')
        byte |= c - '0';
      else if (c >= 'a' && c <= 'f')
        byte |= c - 'a' + 10;
      else
        return std::nullopt;
    }
    out.push_back(static_cast<char>(byte));
  }
  return out;
}

struct Parsed {
  std::uint32_t iterations;
  std::string salt;
  std::string key;
};

std::optional<Parsed> parse(std::string_view stored) {
  std::string_view parts[4];
  for (int i = 0; i < 3; ++i) {
    const auto dollar = stored.find('$');
    if (dollar == std::string_view::npos) return std::nullopt;
    parts[i] = stored.substr(0, dollar);
    stored.remove_prefix(dollar + 1);
  }
  parts[3] = stored;
  if (parts[0] != kScheme || parts[1].empty() || parts[1].size() > 7) return std::nullopt;
  std::uint32_t iterations = 0;
  for (char c : parts[1]) {
    if (c < '0' || c > '9') return std::nullopt;
    iterations = iterations * 10 + static_cast<std::uint32_t>(c - '0');
  }
  auto salt = from_hex(parts[2]);
  auto key = from_hex(parts[3]);
  if (iterations == 0 || iterations > kMaxIterations || !salt || salt->empty() || !key || key->size() != 32) {
    return std::nullopt;
  }
  return Parsed{iterations, std::move(*salt), std::move(*key)};
}

}  // namespace

std::string hash_password(std::string_view password, const RandomFill& random, std::uint32_t iterations) {
  std::uint8_t salt[kSaltBytes];
  random(salt, sizeof salt);
  const std::string_view salt_view(reinterpret_cast<const char*>(salt), sizeof salt);
  const Digest key = pbkdf2_sha256(password, salt_view, iterations);
  return std::string(kScheme) + "$" + std::to_string(iterations) + "$" + to_hex(salt, sizeof salt) + "$" +
         to_hex(key.data(), key.size());
}

bool verify_password(std::string_view password, std::string_view stored) {
  const auto p = parse(stored);
  if (!p) return false;
  const Digest key = pbkdf2_sha256(password, p->salt, p->iterations);
  std::uint8_t diff = 0;
  for (std::size_t i = 0; i < key.size(); ++i)
    diff |= static_cast<std::uint8_t>(key[i] ^ static_cast<std::uint8_t>(p->key[i]));
  return diff == 0;
}

bool is_password_hash(std::string_view stored) {
  return parse(stored).has_value();
}

}  // namespace printcam::crypto
