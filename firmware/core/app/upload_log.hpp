#pragma once
// Each finished Prusa Connect upload, in the camera's log. A camera that cannot reach Connect
// tries every interval for hours: logging every failure would push every other line out of the
// log's few kilobytes, so a run of the same failure is a warning once and debug lines after it.

#include <cstdint>

#include "core/connect/failure.hpp"
#include "core/connect/upload_status.hpp"
#include "core/log/log_buffer.hpp"

namespace printcam::app {

class UploadLog {
 public:
  explicit UploadLog(log::LogBuffer& logs) : logs_(logs) {}

  /// Logs the attempt `status` reports if it is one not logged yet. Called from one thread.
  void note(const connect::UploadStatus& status);

 private:
  log::LogBuffer& logs_;
  std::uint64_t seen_attempts_ = 0;
  /// The failure of the run being reported; kNone while uploads work.
  connect::Failure streak_ = connect::Failure::kNone;
  std::uint32_t streak_length_ = 0;
};

}  // namespace printcam::app
