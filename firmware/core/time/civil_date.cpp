#include "core/time/civil_date.hpp"

namespace printcam::tz {
namespace {

/// The Gregorian calendar repeats every 400 years, which are exactly 146097 days (20871 weeks).
constexpr std::int64_t kDaysPer400Years = 146097;
/// 1970-01-01 counted in days from 0000-03-01, the origin the era arithmetic below uses.
constexpr std::int64_t kEpochFromMarch0 = 719468;

/// Months counted from March, so the leap day is the last day of the counting year and the
/// month lengths before it follow a fixed pattern: day-of-year of the first of month m (0 = March).
int march_day_of_year(int m) {
  return (153 * m + 2) / 5;
}

}  // namespace

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

bool is_leap_year(std::int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(std::int64_t year, int month) {
  static constexpr int kLengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kLengths[month - 1];
}

std::int64_t days_from_civil(std::int64_t year, int month, int day) {
  // Count years from March so January and February belong to the year before.
  const std::int64_t y = month <= 2 ? year - 1 : year;
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t year_of_era = y - era * 400;   // 0..399
  const int m = month > 2 ? month - 3 : month + 9;  // 0 = March
  const std::int64_t day_of_year = march_day_of_year(m) + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPer400Years + day_of_era - kEpochFromMarch0;
}

CivilDate civil_from_days(std::int64_t days) {
  const std::int64_t z = days + kEpochFromMarch0;
  const std::int64_t era = floor_div(z, kDaysPer400Years);
  const std::int64_t day_of_era = z - era * kDaysPer400Years;  // 0..146096
  // Years of 365 days, corrected for the leap days of every 4th, 100th and 400th year.
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int m = static_cast<int>((5 * day_of_year + 2) / 153);  // 0 = March
  const int day = static_cast<int>(day_of_year - march_day_of_year(m)) + 1;
  const int month = m < 10 ? m + 3 : m - 9;
  const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return CivilDate{year, month, day};
}

int weekday_from_days(std::int64_t days) {
  // 1970-01-01 was a Thursday (4).
  const std::int64_t w = (days + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

}  // namespace printcam::tz
