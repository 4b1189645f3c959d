#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "ports/clock.hpp"
#include "ports/system.hpp"

namespace printcam::auth {

/// Bearer tokens handed out by POST /api/login. Kept in RAM only: a reboot logs everyone out,
/// and no token ever reaches flash where a dump could read it.
class SessionStore {
 public:
  /// A phone, a laptop and the PWA on each, with room to spare; the oldest goes when full.
  static constexpr std::size_t kMaxSessions = 8;
  /// A login lasts a working day; the UI logs in again after that.
  static constexpr std::uint64_t kLifetimeMs = 12ULL * 60 * 60 * 1000;
  /// 32 random bytes, sent as 64 hex digits: far beyond guessing.
  static constexpr std::size_t kTokenBytes = 32;

  SessionStore(const ports::Clock& clock, ports::System& system) : clock_(clock), system_(system) {}

  /// A fresh token valid for kLifetimeMs.
  std::string create();
  /// True when `token` belongs to a live session (compared in constant time).
  bool valid(std::string_view token);
  /// Ends the session of `token`; false when there was none.
  bool revoke(std::string_view token);
  /// Ends every session: call when the admin password changes.
  void revoke_all();
  std::size_t size();

 private:
  struct Session {
    std::string token;
    std::uint64_t expires_ms;
  };
  void drop_expired();
  /// Index of `token`, or -1; looks at every session so timing does not reveal which matched.
  long find(std::string_view token) const;

  const ports::Clock& clock_;
  ports::System& system_;
  std::mutex mu_;
  std::vector<Session> sessions_;
};

}  // namespace printcam::auth
