#include "core/storage/photo_names.hpp"

#include <cinttypes>
#include <cstdio>

namespace printcam::storage {
namespace {

struct CivilDate {
  std::int64_t year;
  unsigned month;  ///< 1–12.
  unsigned day;    ///< 1–31.
};

/// The proleptic Gregorian date `days` after 1970-01-01. Counts in 400-year eras (146,097 days
/// each) starting on 1 March, so the leap day is the last day of its year and needs no special
/// case; gmtime_r would do the same, but it is POSIX, not portable C++.
CivilDate civil_from_days(std::int64_t days) {
  days += 719468;  // Days from 0000-03-01 to 1970-01-01.
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const auto day = static_cast<unsigned>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const auto month =
      static_cast<unsigned>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

}  // namespace

std::string photo_path_at(std::int64_t unix_time) {
  constexpr std::int64_t kSecondsPerDay = 86400;
  std::int64_t days = unix_time / kSecondsPerDay;
  std::int64_t seconds = unix_time % kSecondsPerDay;
  if (seconds < 0) {
    seconds += kSecondsPerDay;
    --days;
  }
  const CivilDate date = civil_from_days(days);
  char name[64];
  std::snprintf(name, sizeof name, "%s/%04" PRId64 "-%02u-%02u/%02u-%02u-%02u.jpg", kPhotosFolder, date.year,
                date.month, date.day, static_cast<unsigned>(seconds / 3600),
                static_cast<unsigned>(seconds / 60 % 60), static_cast<unsigned>(seconds % 60));
  return name;
}

std::string unsynced_photo_path(std::uint32_t boot_id, std::uint64_t uptime_ms) {
  char name[64];
  std::snprintf(name, sizeof name, "%s/unsynced/boot-%08" PRIx32 "-%" PRIu64 ".jpg", kPhotosFolder, boot_id,
                uptime_ms);
  return name;
}

std::string numbered_path(const std::string& path, unsigned n) {
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.rfind('/');
  const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash);
  const std::size_t cut = has_extension ? dot : path.size();
  return path.substr(0, cut) + "-" + std::to_string(n) + path.substr(cut);
}

}  // namespace printcam::storage
