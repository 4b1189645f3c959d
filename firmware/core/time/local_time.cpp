#include "core/time/local_time.hpp"

#include <algorithm>

#include "core/time/civil_date.hpp"

namespace printcam::tz {
namespace {

void append_two_digits(std::string& out, std::int64_t v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}

/// Four digits for years 0..9999 as RFC 3339 wants; other years as plain signed numbers.
void append_year(std::string& out, std::int64_t year) {
  if (year < 0 || year > 9999) {
    out += std::to_string(year);
    return;
  }
  append_two_digits(out, year / 100);
  append_two_digits(out, year % 100);
}

}  // namespace

std::string format_local_time(std::int64_t unix_time, std::int32_t utc_offset_s) {
  const std::int64_t local = std::clamp(unix_time, -kInstantLimit, kInstantLimit) + utc_offset_s;
  const std::int64_t days = floor_div(local, kSecondsPerDay);
  const std::int64_t second_of_day = local - days * kSecondsPerDay;
  const CivilDate date = civil_from_days(days);
  std::string out;
  append_year(out, date.year);
  out += '-';
  append_two_digits(out, date.month);
  out += '-';
  append_two_digits(out, date.day);
  out += 'T';
  append_two_digits(out, second_of_day / 3600);
  out += ':';
  append_two_digits(out, second_of_day / 60 % 60);
  out += ':';
  append_two_digits(out, second_of_day % 60);
  out += utc_offset_s < 0 ? '-' : '+';
  const std::int64_t magnitude = utc_offset_s < 0 ? -std::int64_t{utc_offset_s} : utc_offset_s;
  append_two_digits(out, magnitude / 3600);
  out += ':';
  append_two_digits(out, magnitude / 60 % 60);
  if (magnitude % 60 != 0) {
    out += ':';
    append_two_digits(out, magnitude % 60);
  }
  return out;
}

}  // namespace printcam::tz
