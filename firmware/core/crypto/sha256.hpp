#pragma once
// SHA-256 (FIPS 180-4), HMAC-SHA256 (RFC 2104) and PBKDF2-HMAC-SHA256 (RFC 8018). Portable code for
// the host; the ESP32 build may swap in mbedtls's hardware-accelerated versions behind these same
// functions (mbedtls_sha256, mbedtls_pkcs5_pbkdf2_hmac_ext).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace printcam::crypto {

using Digest = std::array<std::uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  void update(const std::uint8_t* data, std::size_t n);
  void update(std::string_view s) { update(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()); }
  Digest finish();

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buf_{};
  std::size_t buf_len_ = 0;
  std::uint64_t total_ = 0;
};

Digest sha256(std::string_view data);
Digest hmac_sha256(std::string_view key, std::string_view message);
/// Derives 32 bytes from `password` and `salt` with `iterations` rounds.
Digest pbkdf2_sha256(std::string_view password, std::string_view salt, std::uint32_t iterations);

}  // namespace printcam::crypto
