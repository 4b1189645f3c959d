#pragma once
// Proleptic Gregorian calendar arithmetic on day numbers counted from 1970-01-01, with no OS time
// functions, so the simulator and the ESP32 (newlib) compute the same dates.

#include <cstdint>

namespace printcam::tz {

inline constexpr std::int64_t kSecondsPerDay = 86400;
/// Instants are clamped to about ±285 million years: far beyond any clock, and small enough that
/// day and second arithmetic on them, offsets included, cannot overflow 64 bits.
inline constexpr std::int64_t kInstantLimit = std::int64_t{1} << 53;

struct CivilDate {
  std::int64_t year;
  int month;  ///< 1..12
  int day;    ///< 1..31
};

bool is_leap_year(std::int64_t year);
int days_in_month(std::int64_t year, int month);
/// Days from 1970-01-01 to the given date (negative before it); any month and day in range.
std::int64_t days_from_civil(std::int64_t year, int month, int day);
CivilDate civil_from_days(std::int64_t days);
/// 0 = Sunday … 6 = Saturday, the numbering POSIX TZ rules use.
int weekday_from_days(std::int64_t days);
/// Floor division, so instants before 1970 fall on the right day.
std::int64_t floor_div(std::int64_t a, std::int64_t b);

}  // namespace printcam::tz
