#pragma once
// One setting read and written as text, for the serial console: the same schema, validation,
// error codes and messages as GET and PATCH /api/settings, so both ways in agree.

#include <optional>
#include <string>
#include <string_view>

#include "core/settings/settings_store.hpp"

namespace printcam::app {

/// Why a text write was refused: `code` is the field's code in the HTTP API's error (`fields[0]`),
/// `message` the HTTP error's `message`.
struct SettingRefusal {
  std::string code;
  std::string message;
};

/// The setting's value as JSON, as GET /api/settings shows it (a secret reads {"set":true|false});
/// nullopt for an unknown key.
std::optional<std::string> setting_json(const settings::SettingsStore& store, std::string_view key);

/// The JSON value `text` stands for as the value of `key`: for a bool or int setting, the JSON
/// literal it spells (`true`, `-3`), so `set KEY=VALUE` and PATCH see the same value; otherwise,
/// and for text that is no literal, the string itself (which the schema then refuses as it would
/// over HTTP).
json::Value value_from_text(const settings::Schema& schema, std::string_view key, const std::string& text);

/// Validates and persists one setting, exactly as PATCH /api/settings with {key: value}.
std::optional<SettingRefusal> set_setting_from_text(settings::SettingsStore& store, std::string_view key,
                                                    const std::string& text);

/// PATCH /api/settings's message for a refused field: "Nothing was changed: KEY MESSAGE."
std::string refusal_message(const settings::FieldError& error);

/// Refuses text that is not UTF-8: the serial line passes any byte, while a JSON body (and so
/// every stored setting, which GET /api/settings returns as JSON) cannot hold one.
std::optional<SettingRefusal> utf8_refusal(std::string_view key, const std::string& text);

}  // namespace printcam::app
