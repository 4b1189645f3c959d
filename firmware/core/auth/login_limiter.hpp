#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "ports/clock.hpp"

namespace printcam::auth {

/// Slows password guessing per remote address: a few free mistakes, then a lockout that doubles
/// with every further failure. Login and HTTP Basic share it, so neither is a way around it.
class LoginLimiter {
 public:
  /// Typos happen: this many failures in a row cost nothing.
  static constexpr unsigned kFreeFailures = 3;
  /// The first lockout; each later failure doubles it.
  static constexpr std::uint64_t kFirstLockoutMs = 1000;
  /// The longest lockout: long enough to make guessing hopeless, short enough that the owner
  /// who forgot the password can keep trying.
  static constexpr std::uint64_t kMaxLockoutMs = 5ULL * 60 * 1000;
  /// Addresses tracked at once; a flood of new addresses pushes out the quietest, never grows RAM.
  static constexpr std::size_t kMaxTracked = 32;
  /// A record with no failure for this long is forgotten.
  static constexpr std::uint64_t kForgetAfterMs = 60ULL * 60 * 1000;

  explicit LoginLimiter(const ports::Clock& clock) : clock_(clock) {}

  /// How long `address` must wait before its next attempt is heard; 0 when it may try now.
  std::uint64_t wait_ms(std::string_view address);
  void record_failure(std::string_view address);
  /// A correct password clears the address's record.
  void record_success(std::string_view address);

 private:
  struct Record {
    std::string address;
    unsigned failures;
    std::uint64_t last_failure_ms;
    std::uint64_t locked_until_ms;
  };
  Record* find(std::string_view address);

  const ports::Clock& clock_;
  std::mutex mu_;
  std::vector<Record> records_;
};

}  // namespace printcam::auth
