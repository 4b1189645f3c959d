#include "core/time/local_time.hpp"

#include "catch2_compat.hpp"
#include "core/time/civil_date.hpp"

using printcam::tz::civil_from_days;
using printcam::tz::days_from_civil;
using printcam::tz::format_local_time;
using printcam::tz::weekday_from_days;

TEST_CASE("Local time is written as RFC 3339 with the zone's offset") {
  CHECK(format_local_time(1795352585, 3600) == "2026-11-22T14:03:05+01:00");
  CHECK(format_local_time(1795352585, 0) == "2026-11-22T13:03:05+00:00");
  CHECK(format_local_time(1795352585, -5 * 3600) == "2026-11-22T08:03:05-05:00");
  CHECK(format_local_time(1795352585, 5 * 3600 + 30 * 60) == "2026-11-22T18:33:05+05:30");
  CHECK(format_local_time(1795352585, -(3 * 3600 + 30 * 60)) == "2026-11-22T09:33:05-03:30");
  CHECK(format_local_time(0, 0) == "1970-01-01T00:00:00+00:00");
  CHECK(format_local_time(-1, 0) == "1969-12-31T23:59:59+00:00");
  CHECK(format_local_time(951782400, 0) == "2000-02-29T00:00:00+00:00");
}

TEST_CASE("An offset with seconds is written with them, not rounded away") {
  CHECK(format_local_time(0, 1800 + 15) == "1970-01-01T00:30:15+00:30:15");
}

TEST_CASE("Day numbers and calendar dates convert both ways across leap and century years") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11017);
  CHECK(days_from_civil(1969, 12, 31) == -1);
  CHECK(days_from_civil(1600, 1, 1) == -135140);
  for (std::int64_t day = -800000; day <= 800000; day += 997) {
    const auto date = civil_from_days(day);
    INFO(day);
    REQUIRE(days_from_civil(date.year, date.month, date.day) == day);
  }
  CHECK(weekday_from_days(0) == 4);                             // a Thursday
  CHECK(weekday_from_days(days_from_civil(2026, 3, 29)) == 0);  // a Sunday
  CHECK(weekday_from_days(-1) == 3);
}
