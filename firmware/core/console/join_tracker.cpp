#include "core/console/join_tracker.hpp"

namespace printcam::console {

std::optional<JoinOutcome> JoinTracker::start(JoinOwner owner, std::uint64_t now_ms) {
  std::optional<JoinOutcome> superseded;
  if (pending_) superseded = JoinOutcome{owner_, false, "", 80, "superseded by a newer Wi-Fi join"};
  pending_ = true;
  owner_ = owner;
  started_ms_ = now_ms;
  return superseded;
}

std::optional<JoinOutcome> JoinTracker::poll(const WifiState& state, std::uint64_t now_ms) {
  if (!pending_) return std::nullopt;
  switch (state.phase) {
    case WifiPhase::Connected:
      pending_ = false;
      return JoinOutcome{owner_, true, state.ip, state.port, ""};
    case WifiPhase::Failed:
    case WifiPhase::Idle:
      pending_ = false;
      return JoinOutcome{owner_, false, "", 80,
                         state.message.empty() ? "could not join the network" : state.message};
    case WifiPhase::Joining:
      break;
  }
  if (now_ms - started_ms_ < kJoinTimeoutMs) return std::nullopt;
  pending_ = false;
  return JoinOutcome{owner_, false, "", 80,
                     "no connection after " + std::to_string(kJoinTimeoutMs / 1000) + " s"};
}

}  // namespace printcam::console
