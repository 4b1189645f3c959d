#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "core/json/json_value.hpp"
#include "core/json/json_writer.hpp"
#include "core/settings/descriptor.hpp"

namespace printcam::settings {

/// A setting's value: bool, int, or string (strings and enum option names).
using SettingValue = std::variant<bool, std::int32_t, std::string>;

/// One rejected field of a patch. `code` is a stable word for programs; `message` is for people
/// and does not repeat the key.
struct FieldError {
  std::string field;
  std::string code;
  std::string message;
};

SettingValue default_value(const Descriptor& d);

/// Converts a JSON value to `d`'s type and checks every rule of the descriptor; on failure returns
/// the error and leaves `out` alone. Codes: wrong_type, out_of_range, not_on_step, unknown_option,
/// too_short, too_long, invalid_text (control characters), invalid_format.
std::optional<FieldError> validate_value(const Descriptor& d, const json::Value& v, SettingValue& out);

void write_value(json::Writer& w, const SettingValue& v);

}  // namespace printcam::settings
