#pragma once
// Salted, slow password hashes for the admin password, stored instead of the password itself:
// "pbkdf2-sha256$<iterations>$<salt hex>$<key hex>". The iteration count is stored with the hash,
// so it can be raised later without breaking stored passwords.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace printcam::crypto {

/// Fills a buffer with unpredictable bytes (the platform's RNG: esp_fill_random, /dev/urandom).
using RandomFill = std::function<void(std::uint8_t* out, std::size_t n)>;

/// Rounds of PBKDF2: about 0.2 s on an ESP32 with hardware SHA, enough to slow guessing from a
/// stolen flash dump without making a login feel slow.
inline constexpr std::uint32_t kPasswordHashIterations = 10000;

std::string hash_password(std::string_view password, const RandomFill& random,
                          std::uint32_t iterations = kPasswordHashIterations);
/// True when `password` matches `stored` (compared in constant time); false for a malformed record.
bool verify_password(std::string_view password, std::string_view stored);
/// True when `stored` has the shape hash_password() writes.
bool is_password_hash(std::string_view stored);

}  // namespace printcam::crypto
