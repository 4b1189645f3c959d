#include "core/app/upload_log.hpp"

namespace printcam::app {

void UploadLog::note(const connect::UploadStatus& status) {
  if (status.attempts == seen_attempts_ || !status.last_attempt.valid) return;
  seen_attempts_ = status.attempts;
  const connect::AttemptRecord& a = status.last_attempt;
  if (a.failure == connect::Failure::kNone) {
    if (streak_ != connect::Failure::kNone) {
      logs_.log(log::Level::kInfo, "upload: working again after %u failed attempts",
                static_cast<unsigned>(streak_length_));
    } else {
      logs_.log(log::Level::kDebug, "upload: sent %zu bytes in %u ms (HTTP %d)", a.bytes,
                static_cast<unsigned>(a.duration_ms), a.http_status);
    }
    streak_ = connect::Failure::kNone;
    streak_length_ = 0;
    return;
  }
  const bool repeat = a.failure == streak_;
  streak_ = a.failure;
  streak_length_ = repeat ? streak_length_ + 1 : 1;
  const std::string_view code = connect::failure_code(a.failure);
  const std::string_view message = connect::failure_message(a.failure);
  logs_.log(repeat ? log::Level::kDebug : log::Level::kWarn, "upload failed (%.*s%s%s): %.*s",
            static_cast<int>(code.size()), code.data(), a.detail.empty() ? "" : ", ", a.detail.c_str(),
            static_cast<int>(message.size()), message.data());
}

}  // namespace printcam::app
