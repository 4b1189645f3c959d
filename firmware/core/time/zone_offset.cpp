#include "core/time/zone_offset.hpp"

#include <algorithm>

#include "core/time/civil_date.hpp"

namespace printcam::tz {
namespace {

/// A rule's change lies within ~9 days of its year (a week of extended time plus a day of
/// offset), so the changes of the two years before and the one after cover any instant.
constexpr int kYearsBefore = 2;
constexpr int kYearsAfter = 1;

/// First day of the rule's month, then forward to its weekday, then on by whole weeks; week 5
/// means the last such weekday, so it steps back when the month is too short.
std::int64_t month_week_day(const TransitionRule& rule, std::int64_t year) {
  const std::int64_t first = days_from_civil(year, rule.month, 1);
  int day = (rule.day - weekday_from_days(first) + 7) % 7 + 7 * (rule.week - 1);
  while (day >= days_in_month(year, rule.month)) day -= 7;
  return first + day;
}

struct Change {
  std::int64_t at;  ///< UTC seconds.
  bool to_dst;
};

/// Later change wins; at the same instant the start of DST wins, so "J1/0,J365/25" (DST all year)
/// never flickers to standard time at the new year.
bool before(const Change& a, const Change& b) {
  return a.at != b.at ? a.at < b.at : (!a.to_dst && b.to_dst);
}

}  // namespace

std::int64_t rule_day(const TransitionRule& rule, std::int64_t year) {
  const std::int64_t jan1 = days_from_civil(year, 1, 1);
  switch (rule.kind) {
    case TransitionRule::Kind::kJulianNoLeap: {
      const bool after_feb29 = is_leap_year(year) && rule.day >= 60;
      return jan1 + rule.day - 1 + (after_feb29 ? 1 : 0);
    }
    case TransitionRule::Kind::kDayOfYear:
      return jan1 + rule.day;
    case TransitionRule::Kind::kMonthWeekDay:
      return month_week_day(rule, year);
  }
  return jan1;
}

ZoneState zone_state_at(const TimeZone& zone, std::int64_t unix_time) {
  const ZoneState standard{zone.std_offset_s, false, zone.std_name};
  if (!zone.has_dst) return standard;
  const ZoneState daylight{zone.dst_offset_s, true, zone.dst_name};
  const std::int64_t t = std::clamp(unix_time, -kInstantLimit, kInstantLimit);
  const std::int64_t year = civil_from_days(floor_div(t, kSecondsPerDay)).year;

  // The start is written in standard time and the end in DST: each in the offset it leaves.
  bool found = false;
  Change latest{0, false};
  for (std::int64_t y = year - kYearsBefore; y <= year + kYearsAfter; ++y) {
    const Change start{rule_day(zone.start, y) * kSecondsPerDay + zone.start.time_s - zone.std_offset_s,
                       true};
    const Change end{rule_day(zone.end, y) * kSecondsPerDay + zone.end.time_s - zone.dst_offset_s, false};
    for (const Change& c : {start, end}) {
      if (c.at <= t && (!found || before(latest, c))) {
        latest = c;
        found = true;
      }
    }
  }
  return found && latest.to_dst ? daylight : standard;
}

}  // namespace printcam::tz
