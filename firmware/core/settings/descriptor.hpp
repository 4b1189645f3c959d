#pragma once
// One setting as the firmware sees it. The build generates a constexpr table of these from
// core/settings/schema.json (firmware/generated/settings_schema.hpp); labels and help text stay in
// the /api/schema JSON only, so the table costs a few bytes of flash per setting.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace printcam::settings {

enum class Type : std::uint8_t { kBool, kInt, kEnum, kString };

/// Extra rules a string value must follow (see string_formats.hpp for each one's definition).
enum class Format : std::uint8_t {
  kNone,
  kUrl,         ///< http:// or https:// with a host, no spaces.
  kHostname,    ///< One DNS label: letters, digits, hyphens; no leading or trailing hyphen.
  kIpv4,        ///< Dotted quad, each part 0..255 without leading zeros.
  kPassword,    ///< Printable ASCII only, so every keyboard and the serial console can type it.
  kTimezone,    ///< A POSIX TZ string (std offset [dst [offset] [,rule]]).
  kAlnum,       ///< ASCII letters and digits only (Prusa Connect tokens).
  kOriginList,  ///< Comma-separated web origins: scheme://host[:port].
};

struct Descriptor {
  std::string_view key;
  Type type;
  /// kInt: inclusive range and step from min. Unused otherwise.
  std::int32_t min;
  std::int32_t max;
  std::int32_t step;
  /// kBool (0/1) and kInt default.
  std::int32_t default_int;
  /// kString and kEnum default (an enum's option name).
  std::string_view default_string;
  /// kEnum: the option names, by name, never a driver index.
  const std::string_view* options;
  std::size_t option_count;
  /// kString: lengths in UTF-8 bytes, the unit the device's buffers are sized in.
  std::uint16_t min_length;
  std::uint16_t max_length;
  /// kString: "" is valid whatever min_length and format say; it means "unset".
  bool allow_empty;
  Format format;
  /// Never sent back: reads say {"set":true|false}.
  bool secret;
  /// A change takes effect only after a restart.
  bool reboot;
  /// Schema version that added the setting.
  std::uint16_t since;
};

/// A schema: its version and its table. The firmware uses the generated one; tests build others
/// to exercise migrations and upgrades.
struct Schema {
  std::uint16_t version;
  const Descriptor* settings;
  std::size_t count;

  const Descriptor* begin() const { return settings; }
  const Descriptor* end() const { return settings + count; }
  /// The descriptor's index, or -1 when the key is unknown.
  int index_of(std::string_view key) const {
    for (std::size_t i = 0; i < count; ++i) {
      if (settings[i].key == key) return static_cast<int>(i);
    }
    return -1;
  }
};

}  // namespace printcam::settings
