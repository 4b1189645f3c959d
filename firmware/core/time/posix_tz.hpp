#pragma once
// A POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3") parsed into offsets and transition rules.
// The one TZ parser of the firmware: the settings validation accepts exactly what this parses,
// and zone_offset.hpp evaluates the result, with no libc time-zone code on either platform.
//
//   std offset [dst [offset] [,start[/time],end[/time]]]
//
// Names are 3+ letters or <…> quoted with letters, digits, '+' and '-'. Offsets are
// [+-]hh[:mm[:ss]] of at most 24:00 and count hours WEST of UTC (CET-1 is UTC+1). A missing DST
// offset is one hour ahead of standard time. A rule is Jn (1..365, Feb 29 never counted), n
// (0..365, Feb 29 counted) or Mm.w.d (month, week 1..5 where 5 is the last, weekday 0 = Sunday);
// its time defaults to 02:00 and, as glibc and RFC 8536 allow, may be -167..167 hours (so "/-1"
// is 23:00 the day before and "/25" 01:00 the day after).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace printcam::tz {

/// The day of a DST change: which kind of rule and its numbers.
struct TransitionRule {
  enum class Kind {
    kJulianNoLeap,  ///< Jn: day n of 1..365, February 29 skipped, so J60 is always March 1.
    kDayOfYear,     ///< n: zero-based day of the year, February 29 counted.
    kMonthWeekDay,  ///< Mm.w.d: weekday d of week w (5 = last) of month m.
  };
  Kind kind = Kind::kMonthWeekDay;
  int day = 0;              ///< Jn and n: the day number; Mm.w.d: the weekday 0..6.
  int month = 0;            ///< Mm.w.d only: 1..12.
  int week = 0;             ///< Mm.w.d only: 1..5.
  std::int32_t time_s = 0;  ///< Local wall-clock time of the change, seconds from midnight.
};

struct TimeZone {
  std::string std_name;
  std::int32_t std_offset_s = 0;  ///< Seconds EAST of UTC (CET: 3600), the opposite of the TZ sign.
  bool has_dst = false;
  std::string dst_name;
  std::int32_t dst_offset_s = 0;  ///< Seconds east of UTC while DST is in effect.
  TransitionRule start;           ///< Into DST, in local standard time.
  TransitionRule end;             ///< Back to standard time, in local DST time.
};

/// The zone, or nullopt when `text` is not a complete, valid POSIX TZ string. A DST name without
/// rules gets the US rules (M3.2.0,M11.1.0), as glibc and newlib assume.
std::optional<TimeZone> parse_posix_tz(std::string_view text);

}  // namespace printcam::tz
