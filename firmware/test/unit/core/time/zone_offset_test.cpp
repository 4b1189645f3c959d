#include "core/time/zone_offset.hpp"

#include <cstdint>

#include "catch2_compat.hpp"
#include "core/time/posix_tz.hpp"

using printcam::tz::parse_posix_tz;
using printcam::tz::TimeZone;
using printcam::tz::zone_state_at;

namespace {

TimeZone zone(const char* text) {
  auto parsed = parse_posix_tz(text);
  REQUIRE(parsed);
  return *parsed;
}

/// Checks the state one second before `change` and at it (the change's first second).
void check_switch(const TimeZone& z, std::int64_t change, std::int32_t before_s, std::int32_t after_s) {
  INFO("change at " << change);
  CHECK(zone_state_at(z, change - 1).utc_offset_s == before_s);
  CHECK(zone_state_at(z, change).utc_offset_s == after_s);
  CHECK(zone_state_at(z, change + 1).utc_offset_s == after_s);
}

}  // namespace

TEST_CASE("Central Europe switches at 01:00 UTC on the last Sundays of March and October") {
  const TimeZone cet = zone("CET-1CEST,M3.5.0,M10.5.0/3");
  check_switch(cet, 1774746000, 3600, 7200);           // 2026-03-29 01:00 UTC: 02:00 CET becomes 03:00 CEST
  check_switch(cet, 1792890000, 7200, 3600);           // 2026-10-25 01:00 UTC: 03:00 CEST becomes 02:00 CET
  const auto summer = zone_state_at(cet, 1782907200);  // 2026-07-01
  CHECK(summer.dst);
  CHECK(summer.abbreviation == "CEST");
  const auto winter = zone_state_at(cet, 1768478400);  // 2026-01-15
  CHECK_FALSE(winter.dst);
  CHECK(winter.abbreviation == "CET");
  CHECK(winter.utc_offset_s == 3600);
}

TEST_CASE("US Eastern switches on the second Sunday of March and the first of November") {
  const TimeZone est = zone("EST5EDT,M3.2.0,M11.1.0");
  check_switch(est, 1772953200, -5 * 3600, -4 * 3600);  // 2026-03-08 07:00 UTC (02:00 EST)
  check_switch(est, 1793512800, -4 * 3600, -5 * 3600);  // 2026-11-01 06:00 UTC (02:00 EDT)
  CHECK(zone_state_at(est, 1782907200).abbreviation == "EDT");
  // Without rules the same US rules apply.
  check_switch(zone("EST5EDT"), 1772953200, -5 * 3600, -4 * 3600);
}

TEST_CASE("Eastern Australia keeps DST across the new year (southern hemisphere)") {
  const TimeZone aest = zone("AEST-10AEDT,M10.1.0,M4.1.0/3");
  check_switch(aest, 1775318400, 11 * 3600, 10 * 3600);  // 2026-04-05 03:00 AEDT
  check_switch(aest, 1791043200, 10 * 3600, 11 * 3600);  // 2026-10-04 02:00 AEST
  const auto january = zone_state_at(aest, 1768478400);
  CHECK(january.dst);
  CHECK(january.abbreviation == "AEDT");
  CHECK(zone_state_at(aest, 1767225600).dst);  // 2026-01-01 00:00 UTC, the year's first second
  CHECK_FALSE(zone_state_at(aest, 1782907200).dst);
}

TEST_CASE("A zone without DST has one offset all year") {
  const TimeZone india = zone("IST-5:30");
  for (std::int64_t t : {0LL, 1768478400LL, 1782907200LL, -86400LL * 365 * 50}) {
    const auto s = zone_state_at(india, t);
    CHECK(s.utc_offset_s == 5 * 3600 + 30 * 60);
    CHECK_FALSE(s.dst);
    CHECK(s.abbreviation == "IST");
  }
}

TEST_CASE("Jn rules skip February 29 and n rules count it") {
  // J60 is March 1 even in the leap year 2024: 02:00 NZST is 2024-02-29 14:00 UTC.
  const TimeZone julian = zone("NZST-12NZDT-13,J60/2,J300");
  check_switch(julian, 1709215200, 12 * 3600, 13 * 3600);
  check_switch(julian, 1729947600, 13 * 3600, 12 * 3600);  // J300: 2024-10-27 02:00 NZDT
  // Zero-based day 59 is February 29 in 2024 and March 1 in 2025.
  const TimeZone zero_based = zone("QQQ4RRR,59,300/4");
  check_switch(zero_based, 1709186400, -4 * 3600, -3 * 3600);  // 2024-02-29 02:00 QQQ
  check_switch(zero_based, 1740808800, -4 * 3600, -3 * 3600);  // 2025-03-01 02:00 QQQ
  check_switch(zero_based, 1730012400, -3 * 3600, -4 * 3600);  // day 300 = 2024-10-27, 04:00 RRR
}

TEST_CASE("Day 365 of a common year is January 1 of the next, and the year before still rules") {
  // 2089 is a common year: its DST starts 2090-01-01 02:00 local (-04), 06:00 UTC; until then
  // the change that last happened, April 2089's end, holds.
  const TimeZone z = zone("QQQ4RRR,365,100");
  check_switch(z, 3786933600, -4 * 3600, -3 * 3600);
  CHECK(zone_state_at(z, 3786918319).abbreviation == "QQQ");  // 2090-01-01 01:45 UTC
}

TEST_CASE("Negative and past-midnight rule times move the change to the neighbouring day") {
  // Start: 2026-03-28 23:00 local (-02) is 2026-03-29 01:00 UTC. End: the last Sunday of October
  // plus 25 hours, 2026-10-26 01:00 local (-01), is 02:00 UTC.
  const TimeZone z = zone("<-02>2<-01>,M3.5.0/-1,M10.5.0/25");
  check_switch(z, 1774746000, -2 * 3600, -3600);
  check_switch(z, 1792980000, -3600, -2 * 3600);
}

TEST_CASE("DST that starts on January 1 and ends a year later holds all year") {
  // RFC 8536's spelling of permanent DST: the end meets the next year's start.
  const TimeZone z = zone("XXX3YYY,J1/0,J365/25");
  for (std::int64_t t : {1767225600LL, 1767225600LL + 3 * 3600, 1767225600LL + 3 * 3600 - 1, 1782907200LL}) {
    INFO(t);
    CHECK(zone_state_at(z, t).dst);
  }
}

TEST_CASE("Instants far from today give an answer without overflow") {
  const TimeZone cet = zone("CET-1CEST,M3.5.0,M10.5.0/3");
  for (std::int64_t t : {INT64_MIN, INT64_MAX, std::int64_t{-62135596800}, std::int64_t{253402300799}}) {
    const auto s = zone_state_at(cet, t);
    CHECK((s.utc_offset_s == 3600 || s.utc_offset_s == 7200));
  }
}
