#pragma once
// Follows one Wi-Fi join, started by a text command or by Improv, to its end: connected, failed,
// or timed out. The backend joins in the background; the console polls it.

#include <cstdint>
#include <optional>
#include <string>

#include "core/console/console_backend.hpp"

namespace printcam::console {

enum class JoinOwner { Text, Improv };

struct JoinOutcome {
  JoinOwner owner = JoinOwner::Text;
  bool connected = false;
  std::string ip;  ///< when connected
  std::uint16_t port = 80;
  std::string message;  ///< when not
};

class JoinTracker {
 public:
  /// A join that has not ended after this long is reported failed. ESP-IDF gives up on a wrong
  /// password or a missing network well within 15 s; this stays under the Improv SDK's 30 s RPC
  /// timeout, so the client hears our UNABLE_TO_CONNECT rather than its own TIMEOUT.
  static constexpr std::uint64_t kJoinTimeoutMs = 25000;

  /// Starts following a join; a join already followed ends as "superseded" (returned).
  std::optional<JoinOutcome> start(JoinOwner owner, std::uint64_t now_ms);
  /// The outcome once the join ended, else nullopt (also when none is followed).
  std::optional<JoinOutcome> poll(const WifiState& state, std::uint64_t now_ms);
  bool pending() const { return pending_; }
  JoinOwner owner() const { return owner_; }

 private:
  bool pending_ = false;
  JoinOwner owner_ = JoinOwner::Text;
  std::uint64_t started_ms_ = 0;
};

}  // namespace printcam::console
