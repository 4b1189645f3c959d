#pragma once
// UTF-8 helpers shared by the JSON reader and the settings validator.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace printcam::json {

/// Length of the well-formed UTF-8 sequence at the start of `s` (1..4), or 0 when it is malformed:
/// truncated, overlong, a surrogate, or above U+10FFFF.
std::size_t utf8_sequence_length(std::string_view s);

/// True when all of `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

/// Appends code point `cp` (≤ U+10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace printcam::json
