#include "core/time/posix_tz.hpp"

namespace printcam::tz {
namespace {

constexpr std::int32_t kSecondsPerHour = 3600;
/// POSIX bounds a zone's offset to 24 hours either side of UTC.
constexpr int kMaxOffsetHours = 24;
constexpr std::int32_t kMaxOffset = kMaxOffsetHours * kSecondsPerHour;
/// A rule's time may run a week past its day either way (RFC 8536 §3.3.1, glibc), which lets a
/// rule say "the day after the last Saturday" and lets all-year DST be written at all.
constexpr int kMaxRuleHours = 167;
/// The time of day a rule without "/time" changes at.
constexpr std::int32_t kDefaultRuleTime = 2 * kSecondsPerHour;
/// The minimum length POSIX gives a zone abbreviation.
constexpr std::size_t kMinNameLength = 3;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Reads the TZ string left to right; each read returns false on bad text, which fails the parse.
class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  bool at_end() const { return i_ == s_.size(); }
  bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
  bool skip(char c) {
    if (!peek(c)) return false;
    ++i_;
    return true;
  }

  /// A decimal number of 1..max_digits digits, not followed by another digit.
  bool number(int max_digits, int& out) {
    const std::size_t start = i_;
    out = 0;
    while (i_ < s_.size() && is_digit(s_[i_]) && static_cast<int>(i_ - start) < max_digits)
      out = out * 10 + (s_[i_++] - '0');
    return i_ > start && (i_ == s_.size() || !is_digit(s_[i_]));
  }

  /// A zone abbreviation: 3+ letters, or <…> with 3+ letters, digits, '+' or '-' inside.
  bool name(std::string& out) {
    const std::size_t start = i_;
    if (skip('<')) {
      while (i_ < s_.size() && (is_alpha(s_[i_]) || is_digit(s_[i_]) || s_[i_] == '+' || s_[i_] == '-')) ++i_;
      out.assign(s_.substr(start + 1, i_ - start - 1));
      return skip('>') && out.size() >= kMinNameLength;
    }
    while (i_ < s_.size() && is_alpha(s_[i_])) ++i_;
    out.assign(s_.substr(start, i_ - start));
    return out.size() >= kMinNameLength;
  }

  /// [+-]h[h…][:mm[:ss]] with hours 0..max_hours, as signed seconds (+ when unsigned).
  bool signed_duration(int max_hours, std::int32_t& out) {
    const bool negative = peek('-');
    if (negative || peek('+')) ++i_;
    int hours = 0, minutes = 0, seconds = 0;
    const int hour_digits = max_hours > 99 ? 3 : 2;
    if (!number(hour_digits, hours) || hours > max_hours) return false;
    if (skip(':')) {
      if (!number(2, minutes) || minutes > 59) return false;
      if (skip(':') && (!number(2, seconds) || seconds > 59)) return false;
    }
    const std::int32_t total = (hours * 60 + minutes) * 60 + seconds;
    out = negative ? -total : total;
    return true;
  }

  /// A zone offset, turned from POSIX's hours-west into seconds east of UTC.
  bool offset(std::int32_t& east) {
    std::int32_t west = 0;
    // At most 24:00, so even a default DST hour on top stays within 25 hours of UTC.
    if (!signed_duration(kMaxOffsetHours, west) || west > kMaxOffset || west < -kMaxOffset) return false;
    east = -west;
    return true;
  }

  /// Jn, n or Mm.w.d, then an optional /time.
  bool rule(TransitionRule& out) {
    if (skip('J')) {
      out.kind = TransitionRule::Kind::kJulianNoLeap;
      if (!number(3, out.day) || out.day < 1 || out.day > 365) return false;
    } else if (skip('M')) {
      out.kind = TransitionRule::Kind::kMonthWeekDay;
      if (!number(2, out.month) || out.month < 1 || out.month > 12 || !skip('.')) return false;
      if (!number(1, out.week) || out.week < 1 || out.week > 5 || !skip('.')) return false;
      if (!number(1, out.day) || out.day > 6) return false;
    } else {
      out.kind = TransitionRule::Kind::kDayOfYear;
      if (!number(3, out.day) || out.day > 365) return false;
    }
    out.time_s = kDefaultRuleTime;
    return !skip('/') || signed_duration(kMaxRuleHours, out.time_s);
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

/// The rules glibc and newlib fall back on for "EST5EDT": the US rules since 2007.
void use_default_rules(TimeZone& zone) {
  zone.start = TransitionRule{TransitionRule::Kind::kMonthWeekDay, 0, 3, 2, kDefaultRuleTime};
  zone.end = TransitionRule{TransitionRule::Kind::kMonthWeekDay, 0, 11, 1, kDefaultRuleTime};
}

}  // namespace

std::optional<TimeZone> parse_posix_tz(std::string_view text) {
  Reader in(text);
  TimeZone zone;
  if (!in.name(zone.std_name) || !in.offset(zone.std_offset_s)) return std::nullopt;
  if (in.at_end()) return zone;
  zone.has_dst = true;
  if (!in.name(zone.dst_name)) return std::nullopt;
  zone.dst_offset_s = zone.std_offset_s + kSecondsPerHour;
  if (!in.at_end() && !in.peek(',') && !in.offset(zone.dst_offset_s)) return std::nullopt;
  if (in.at_end()) {
    use_default_rules(zone);
    return zone;
  }
  if (!in.skip(',') || !in.rule(zone.start) || !in.skip(',') || !in.rule(zone.end) || !in.at_end())
    return std::nullopt;
  return zone;
}

}  // namespace printcam::tz
