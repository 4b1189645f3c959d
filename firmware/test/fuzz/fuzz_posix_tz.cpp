// libFuzzer target: the POSIX TZ parser and its evaluator. The settings accept a zone exactly when
// the parser does; a parsed zone answers, at any instant, an offset within ±25 hours that is its
// standard or DST offset with the matching name, and local time that reads back as the same date.
//
// Input: the TZ text, then optionally '\n' and 8 bytes of an instant (little-endian seconds).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "core/settings/string_formats.hpp"
#include "core/time/civil_date.hpp"
#include "core/time/local_time.hpp"
#include "core/time/posix_tz.hpp"
#include "core/time/zone_offset.hpp"

namespace {

/// The largest offset a zone can have: 24 hours, plus DST's default hour.
constexpr std::int32_t kMaxOffset = 25 * 3600;

void check_instant(const printcam::tz::TimeZone& zone, std::int64_t t) {
  using namespace printcam::tz;
  const ZoneState s = zone_state_at(zone, t);
  if (s.utc_offset_s > kMaxOffset || s.utc_offset_s < -kMaxOffset) std::abort();
  if (s.dst && (!zone.has_dst || s.utc_offset_s != zone.dst_offset_s || s.abbreviation != zone.dst_name))
    std::abort();
  if (!s.dst && (s.utc_offset_s != zone.std_offset_s || s.abbreviation != zone.std_name)) std::abort();
  // The written date is the day the local instant falls on.
  const std::string text = format_local_time(t, s.utc_offset_s);
  if (t < 0 || t > 253402300799 - kMaxOffset) return;  // years 0000..9999 only: four-digit years
  const CivilDate date = civil_from_days(floor_div(t + s.utc_offset_s, kSecondsPerDay));
  const std::string expected_day = std::to_string(date.day + 100).substr(1);
  if (text.size() < 25 || text[4] != '-' || text[10] != 'T' || text.substr(8, 2) != expected_day)
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace printcam;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string text = input.substr(0, newline);

  const auto zone = tz::parse_posix_tz(text);
  const bool valid = settings::check_format(settings::Format::kTimezone, text) == std::nullopt;
  if (zone.has_value() != valid || valid != settings::is_posix_timezone(text)) std::abort();
  if (!zone) return 0;

  std::vector<std::int64_t> instants = {0, -1, 1774746000, 1792890000, INT64_MIN, INT64_MAX};
  if (newline != std::string::npos && input.size() - newline - 1 >= 8) {
    std::uint64_t raw = 0;
    for (int i = 0; i < 8; ++i) raw |= std::uint64_t{data[newline + 1 + i]} << (8 * i);
    instants.push_back(static_cast<std::int64_t>(raw));
  }
  for (std::int64_t t : instants) check_instant(*zone, t);
  return 0;
}
