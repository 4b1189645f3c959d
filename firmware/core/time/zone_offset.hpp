#pragma once
// Evaluates a parsed POSIX TZ zone at an instant: which offset from UTC applies, and whether DST.

#include <cstdint>
#include <string_view>

#include "core/time/posix_tz.hpp"

namespace printcam::tz {

struct ZoneState {
  std::int32_t utc_offset_s = 0;  ///< Seconds east of UTC: local time = UTC + this.
  bool dst = false;
  std::string_view abbreviation;  ///< "CET" or "CEST"; points into the TimeZone it came from.
};

/// The zone's state at `unix_time` (seconds since 1970-01-01 UTC). Works for either hemisphere:
/// the last change at or before the instant decides, whichever year it fell in.
ZoneState zone_state_at(const TimeZone& zone, std::int64_t unix_time);

/// Day number (from 1970-01-01) on which `rule` falls in `year`.
std::int64_t rule_day(const TransitionRule& rule, std::int64_t year);

}  // namespace printcam::tz
