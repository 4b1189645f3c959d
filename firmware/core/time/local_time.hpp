#pragma once
// Local wall-clock time as text, for people and for clients that parse RFC 3339.

#include <cstdint>
#include <string>

namespace printcam::tz {

/// "2026-11-22T14:03:05+01:00": the instant in local time with its offset (RFC 3339). An offset
/// with seconds, which RFC 3339 cannot write, gets them as "+hh:mm:ss" rather than being rounded.
std::string format_local_time(std::int64_t unix_time, std::int32_t utc_offset_s);

}  // namespace printcam::tz
