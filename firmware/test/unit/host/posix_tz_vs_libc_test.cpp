// The portable TZ evaluator (core/time) against the host C library's own POSIX TZ code, which is
// an independent implementation of the same rules: both must agree on offset, DST and name at
// every instant tried. Zones spell their rules out, so the library's default-rules file
// ("posixrules") plays no part. Left out: rules whose change falls in another calendar year than
// the rule's own (day 365 of a common year, all-year DST), where glibc looks only at the UTC
// year's two changes and we take the last change before the instant; zone_offset_test covers them.

#include <cstdlib>
#include <ctime>
#include <optional>
#include <random>
#include <string>

#include "catch2_compat.hpp"
#include "core/time/posix_tz.hpp"
#include "core/time/zone_offset.hpp"

namespace {

/// Sets TZ for the test's life and puts the old value back, so no other test sees the change.
class ScopedTz {
 public:
  explicit ScopedTz(const char* tz) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~ScopedTz() {
    if (old_)
      setenv("TZ", old_->c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }
  ScopedTz(const ScopedTz&) = delete;
  ScopedTz& operator=(const ScopedTz&) = delete;

 private:
  std::optional<std::string> old_;
};

/// 1970 to 2100: the years glibc's 32-bit-free time_t handles the same way we do.
constexpr std::uint64_t kSpanSeconds = 4102444800ULL;
constexpr int kRandomInstants = 20000;
/// Every quarter hour (and the second before) around two years of changes catches any change
/// placed at the wrong instant.
constexpr std::int64_t kSweepStart = 1735689600;  // 2025-01-01
constexpr std::int64_t kSweepEnd = 1798761600;    // 2027-01-01
constexpr std::int64_t kSweepStep = 900;

}  // namespace

TEST_CASE("The TZ evaluator agrees with the C library at random and quarter-hour instants") {
  // Northern and southern rules, Jn and n days, negative, past-midnight and week-long rule times,
  // an explicit DST offset, a negative DST (Ireland) and offsets with minutes and seconds.
  for (const char* text :
       {"CET-1CEST,M3.5.0,M10.5.0/3", "EST5EDT,M3.2.0,M11.1.0", "AEST-10AEDT,M10.1.0,M4.1.0/3",
        "NZST-12NZDT-13,J60/2,J300", "QQQ4RRR,59,300/4", "QQQ4RRR,364,100",
        "<-02>2<-01>,M3.5.0/-1,M10.5.0/25", "XYZ-2ABC,M3.5.6/50,M10.5.0/-30", "IST-1GMT0,M10.5.0,M3.5.0/1",
        "NST3:30NDT,M3.2.0,M11.1.0", "LMT-0:30:15DDD,J59/1,J60/1", "IST-5:30", "<+0545>-5:45"}) {
    INFO(text);
    const auto zone = printcam::tz::parse_posix_tz(text);
    REQUIRE(zone);
    const ScopedTz tz(text);
    std::mt19937_64 random(7);
    int mismatches = 0;
    const auto compare = [&](std::int64_t t) {
      const std::time_t tt = static_cast<std::time_t>(t);
      std::tm tm{};
      localtime_r(&tt, &tm);
      const auto ours = printcam::tz::zone_state_at(*zone, t);
      if (ours.utc_offset_s != tm.tm_gmtoff || ours.dst != (tm.tm_isdst > 0) ||
          ours.abbreviation != tm.tm_zone) {
        if (++mismatches <= 3) {
          UNSCOPED_INFO("at " << t << ": ours " << ours.utc_offset_s << " " << ours.abbreviation << ", libc "
                              << tm.tm_gmtoff << " " << tm.tm_zone);
        }
      }
    };
    for (int i = 0; i < kRandomInstants; ++i) compare(static_cast<std::int64_t>(random() % kSpanSeconds));
    for (std::int64_t t = kSweepStart; t < kSweepEnd; t += kSweepStep) {
      compare(t);
      compare(t - 1);
    }
    CHECK(mismatches == 0);
  }
}
