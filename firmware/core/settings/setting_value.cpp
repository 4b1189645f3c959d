#include "core/settings/setting_value.hpp"

#include <string_view>

#include "core/settings/string_formats.hpp"

namespace printcam::settings {
namespace {

FieldError error(const Descriptor& d, const char* code, std::string message) {
  return FieldError{std::string(d.key), code, std::move(message)};
}

std::optional<FieldError> check_string(const Descriptor& d, const std::string& s) {
  if (s.empty() && d.allow_empty) return std::nullopt;
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      return error(d, "invalid_text", "may not contain control characters such as line breaks");
    }
  }
  if (s.size() < d.min_length) {
    std::string m = "must be at least " + std::to_string(d.min_length) + " bytes long";
    if (d.allow_empty) m += ", or empty";
    return error(d, "too_short", m);
  }
  if (s.size() > d.max_length) {
    return error(d, "too_long", "must be at most " + std::to_string(d.max_length) + " bytes long");
  }
  if (auto problem = check_format(d.format, s)) return error(d, "invalid_format", std::move(*problem));
  return std::nullopt;
}

}  // namespace

SettingValue default_value(const Descriptor& d) {
  switch (d.type) {
    case Type::kBool:
      return d.default_int != 0;
    case Type::kInt:
      return d.default_int;
    case Type::kEnum:
    case Type::kString:
      break;
  }
  return std::string(d.default_string);
}

std::optional<FieldError> validate_value(const Descriptor& d, const json::Value& v, SettingValue& out) {
  switch (d.type) {
    case Type::kBool:
      if (!v.is_bool()) return error(d, "wrong_type", "must be true or false");
      out = v.as_bool();
      return std::nullopt;
    case Type::kInt: {
      if (!v.is_integer()) return error(d, "wrong_type", "must be a whole number");
      const std::int64_t i = v.as_int();
      if (i < d.min || i > d.max) {
        return error(d, "out_of_range",
                     "must be between " + std::to_string(d.min) + " and " + std::to_string(d.max));
      }
      if ((i - d.min) % d.step != 0) {
        return error(d, "not_on_step",
                     "must be " + std::to_string(d.min) + " plus a multiple of " + std::to_string(d.step));
      }
      out = static_cast<std::int32_t>(i);
      return std::nullopt;
    }
    case Type::kEnum: {
      if (!v.is_string()) return error(d, "wrong_type", "must be one of the option names, as a string");
      for (std::size_t i = 0; i < d.option_count; ++i) {
        if (d.options[i] == v.as_string()) {
          out = v.as_string();
          return std::nullopt;
        }
      }
      std::string names;
      for (std::size_t i = 0; i < d.option_count; ++i) {
        if (i > 0) names += ", ";
        names += d.options[i];
      }
      return error(d, "unknown_option", "must be one of: " + names);
    }
    case Type::kString:
      if (!v.is_string()) return error(d, "wrong_type", "must be a string");
      if (auto e = check_string(d, v.as_string())) return e;
      out = v.as_string();
      return std::nullopt;
  }
  return error(d, "wrong_type", "has an unknown type");
}

void write_value(json::Writer& w, const SettingValue& v) {
  if (const bool* b = std::get_if<bool>(&v)) {
    w.value(*b);
  } else if (const std::int32_t* i = std::get_if<std::int32_t>(&v)) {
    w.value(static_cast<std::int64_t>(*i));
  } else {
    w.value(std::string_view(std::get<std::string>(v)));
  }
}

}  // namespace printcam::settings
