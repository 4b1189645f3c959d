#include "core/app/setting_text.hpp"

#include "core/json/json_escape.hpp"
#include "core/json/json_reader.hpp"
#include "core/json/utf8.hpp"

namespace printcam::app {

std::optional<std::string> setting_json(const settings::SettingsStore& store, std::string_view key) {
  const int index = store.schema().index_of(key);
  if (index < 0) return std::nullopt;
  const settings::Descriptor& d = store.schema().settings[static_cast<std::size_t>(index)];
  if (d.secret) {
    // The admin password is a hash no reader may see, so its "set" has its own accessor.
    const bool set =
        key == settings::kAdminPasswordKey ? store.admin_password_set() : !store.get_string(key).empty();
    return std::string(set ? "{\"set\":true}" : "{\"set\":false}");
  }
  switch (d.type) {
    case settings::Type::kBool:
      return std::string(store.get_bool(key) ? "true" : "false");
    case settings::Type::kInt:
      return std::to_string(store.get_int(key));
    case settings::Type::kEnum:
    case settings::Type::kString:
      break;
  }
  std::string out;
  json::append_string(out, store.get_string(key));
  return out;
}

json::Value value_from_text(const settings::Schema& schema, std::string_view key, const std::string& text) {
  const int index = schema.index_of(key);
  const settings::Type type =
      index >= 0 ? schema.settings[static_cast<std::size_t>(index)].type : settings::Type::kString;
  const bool literal_type = type == settings::Type::kBool || type == settings::Type::kInt;
  if (literal_type) {
    json::Value parsed;
    json::ParseError error;
    if (json::parse(text, parsed, error) && (parsed.is_bool() || parsed.is_number())) return parsed;
  }
  return json::Value::string(text);
}

std::string refusal_message(const settings::FieldError& error) {
  return "Nothing was changed: " + error.field + " " + error.message + ".";
}

std::optional<SettingRefusal> utf8_refusal(std::string_view key, const std::string& text) {
  if (json::is_valid_utf8(text)) return std::nullopt;
  return SettingRefusal{"invalid_text",
                        refusal_message({std::string(key), "invalid_text", "must be UTF-8 text"})};
}

std::optional<SettingRefusal> set_setting_from_text(settings::SettingsStore& store, std::string_view key,
                                                    const std::string& text) {
  if (auto refusal = utf8_refusal(key, text)) return refusal;
  json::Value patch = json::Value::object();
  patch.set(std::string(key), value_from_text(store.schema(), key, text));
  const settings::PatchResult r = store.patch(patch);
  switch (r.status) {
    case settings::PatchResult::Status::kOk:
      return std::nullopt;
    case settings::PatchResult::Status::kInvalid:
      return SettingRefusal{r.errors.front().code, refusal_message(r.errors.front())};
    case settings::PatchResult::Status::kStorageFailed:
      break;
  }
  return SettingRefusal{"storage_failed", "The settings could not be saved (storage error " +
                                              std::to_string(static_cast<int>(r.storage.status)) + "/" +
                                              std::to_string(r.storage.platform_code) +
                                              "); nothing was changed."};
}

}  // namespace printcam::app
