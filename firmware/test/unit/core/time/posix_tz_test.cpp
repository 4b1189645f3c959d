#include "core/time/posix_tz.hpp"

#include "catch2_compat.hpp"

using printcam::tz::parse_posix_tz;
using printcam::tz::TimeZone;
using Kind = printcam::tz::TransitionRule::Kind;

TEST_CASE("A zone without DST keeps its name and turns the west-positive offset east-positive") {
  const auto utc = parse_posix_tz("UTC0");
  REQUIRE(utc);
  CHECK(utc->std_name == "UTC");
  CHECK(utc->std_offset_s == 0);
  CHECK_FALSE(utc->has_dst);
  const auto india = parse_posix_tz("IST-5:30");
  REQUIRE(india);
  CHECK(india->std_offset_s == 5 * 3600 + 30 * 60);
  const auto quoted = parse_posix_tz("<-03>3");
  REQUIRE(quoted);
  CHECK(quoted->std_name == "-03");
  CHECK(quoted->std_offset_s == -3 * 3600);
  const auto with_seconds = parse_posix_tz("ABC+1:02:03");
  REQUIRE(with_seconds);
  CHECK(with_seconds->std_offset_s == -(3600 + 2 * 60 + 3));
}

TEST_CASE("The European rule parses into month-week-day changes with their times") {
  const auto cet = parse_posix_tz("CET-1CEST,M3.5.0,M10.5.0/3");
  REQUIRE(cet);
  CHECK(cet->std_offset_s == 3600);
  CHECK(cet->has_dst);
  CHECK(cet->dst_name == "CEST");
  CHECK(cet->dst_offset_s == 7200);  // one hour ahead of standard time when not written
  CHECK(cet->start.kind == Kind::kMonthWeekDay);
  CHECK(cet->start.month == 3);
  CHECK(cet->start.week == 5);
  CHECK(cet->start.day == 0);
  CHECK(cet->start.time_s == 2 * 3600);  // the default
  CHECK(cet->end.month == 10);
  CHECK(cet->end.time_s == 3 * 3600);
}

TEST_CASE("Julian and zero-based day rules, an explicit DST offset and extended times parse") {
  const auto nz = parse_posix_tz("NZST-12NZDT-13,J60/2,J300");
  REQUIRE(nz);
  CHECK(nz->dst_offset_s == 13 * 3600);
  CHECK(nz->start.kind == Kind::kJulianNoLeap);
  CHECK(nz->start.day == 60);
  CHECK(nz->end.day == 300);
  const auto day_rules = parse_posix_tz("QQQ4RRR,0,365/-1");
  REQUIRE(day_rules);
  CHECK(day_rules->start.kind == Kind::kDayOfYear);
  CHECK(day_rules->start.day == 0);
  CHECK(day_rules->end.day == 365);
  CHECK(day_rules->end.time_s == -3600);
  const auto greenland = parse_posix_tz("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
  REQUIRE(greenland);
  CHECK(greenland->start.time_s == -3600);
  const auto past_midnight = parse_posix_tz("XXX3YYY,J1/0,J365/25");
  REQUIRE(past_midnight);
  CHECK(past_midnight->end.time_s == 25 * 3600);
  const auto a_week = parse_posix_tz("XXX3YYY,M3.5.0/+167,M10.5.0/-167:59:59");
  REQUIRE(a_week);
  CHECK(a_week->start.time_s == 167 * 3600);
  CHECK(a_week->end.time_s == -(168 * 3600 - 1));
}

TEST_CASE("A DST name without rules gets the US rules as glibc and newlib do") {
  const auto est = parse_posix_tz("EST5EDT");
  REQUIRE(est);
  CHECK(est->dst_offset_s == -4 * 3600);
  CHECK(est->start.month == 3);
  CHECK(est->start.week == 2);
  CHECK(est->end.month == 11);
  CHECK(est->end.week == 1);
}

TEST_CASE("Malformed or out-of-range TZ strings are refused") {
  for (const char* text : {"",
                           "UTC",
                           "U0",
                           "UTC25",
                           "UTC24:30",
                           "<+3>-3",
                           "<+03-3",
                           "UTC0 ",
                           "CET-1CEST,",
                           "CET-1CEST,M3.5.0",
                           "CET-1CEST,M3.5.0,",
                           "CET-1CEST,M13.5.0,M10.5.0",
                           "CET-1CEST,M3.6.0,M10.5.0",
                           "CET-1CEST,M3.0.0,M10.5.0",
                           "CET-1CEST,M3.5.7,M10.5.0",
                           "CET-1CEST,M3.5,M10.5.0",
                           "CET-1CEST,J0,J300",
                           "CET-1CEST,J366,J300",
                           "CET-1CEST,366,100",
                           "CET-1CEST,M3.5.0/168,M10.5.0",
                           "CET-1CEST,M3.5.0/1:60,M10.5.0",
                           "CET-1CEST,M3.5.0,M10.5.0,",
                           "CET-1CEST-25,M3.5.0,M10.5.0",
                           "CET-1CE",
                           "Europe/Prague",
                           "CET-1:5:5:5"}) {
    INFO(text);
    CHECK_FALSE(parse_posix_tz(text));
  }
}
