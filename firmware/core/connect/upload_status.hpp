#pragma once
// The uploader's state for the UI, /api/status ("upload") and /api/events.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/connect/failure.hpp"

namespace printcam::connect {

/// One PUT (or a cycle that ended before it, like "no frame").
struct AttemptRecord {
  bool valid = false;
  std::uint64_t uptime_ms = 0;
  std::int64_t unix_s = 0;  ///< 0 while the wall clock is not set.
  Failure failure = Failure::kNone;
  int http_status = 0;
  std::uint32_t duration_ms = 0;
  std::size_t bytes = 0;
  std::string detail;  ///< The client's own words, for the log; empty on HTTP answers.
};

constexpr std::size_t kFailureKinds = static_cast<std::size_t>(Failure::kUnexpectedStatus) + 1;

struct UploadStatus {
  /// "disabled", "not_configured", "paused_ota", "offline", "waiting" or "uploading".
  std::string_view state = "disabled";
  std::string problem;  ///< Why not configured, for people; empty otherwise.
  int interval_s = 0;
  std::string url;
  std::string fingerprint;
  std::uint64_t next_attempt_ms = 0;  ///< Monotonic; meaningful in "waiting".
  AttemptRecord last_attempt;
  AttemptRecord last_success;
  std::uint32_t consecutive_failures = 0;
  std::uint64_t attempts = 0;
  std::uint64_t successes = 0;
  std::uint64_t failures = 0;
  std::array<std::uint64_t, kFailureKinds> failures_by_kind{};
  struct {
    bool pending = true;
    std::uint64_t sent = 0;
    std::uint64_t failures = 0;
    AttemptRecord last;
  } info;
};

/// The "upload" object of /api/status; `now_ms` turns the next due time into seconds from now.
std::string upload_status_json(const UploadStatus& status, std::uint64_t now_ms);

}  // namespace printcam::connect
