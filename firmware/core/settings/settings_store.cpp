#include "core/settings/settings_store.hpp"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"

namespace printcam::settings {
namespace {

/// A stored document bigger than this is corrupt (the schema's strings total a few KB).
constexpr std::size_t kMaxStoredBytes = 32 * 1024;

bool is_set(const SettingValue& v) {
  const std::string* s = std::get_if<std::string>(&v);
  return s != nullptr && !s->empty();
}

}  // namespace

SettingsStore::SettingsStore(ports::KvStore& kv, crypto::RandomFill random, StoreOptions options)
    : kv_(kv), random_(std::move(random)), options_(std::move(options)), slots_(kv_, kKvNamespace) {
  for (const Descriptor& d : schema()) values_.push_back(default_value(d));
}

LoadReport SettingsStore::load() {
  LoadReport report;
  std::vector<SettingValue> loaded;
  for (const Descriptor& d : schema()) loaded.push_back(default_value(d));
  for (const Record& record : slots_.load()) {
    json::Value doc;
    json::ParseError error;
    json::Limits limits;
    limits.max_bytes = kMaxStoredBytes;
    if (!json::parse(record.payload, doc, error, limits) || !doc.is_object()) continue;
    slots_.adopt(record.seq);
    report.from_storage = true;
    report.seq = record.seq;
    report.stored_version = record.schema_version;
    report.migrations_run = migrate(doc, record.schema_version, schema().version, options_.migrations);
    for (const json::Value::Member& m : doc.members()) {
      const int index = schema().index_of(m.key);
      if (index < 0) {
        report.dropped_keys.push_back(m.key);
        continue;
      }
      const auto i = static_cast<std::size_t>(index);
      const Descriptor& d = schema().settings[i];
      if (d.key == kAdminPasswordKey) {
        // Stored as a hash, which the plain-text rules would refuse.
        const bool ok = m.value.is_string() &&
                        (m.value.as_string().empty() || crypto::is_password_hash(m.value.as_string()));
        if (ok)
          loaded[i] = m.value.as_string();
        else
          report.reset_keys.push_back(m.key);
        continue;
      }
      SettingValue v;
      if (validate_value(d, m.value, v))
        report.reset_keys.push_back(m.key);
      else
        loaded[i] = std::move(v);
    }
    break;
  }
  std::lock_guard<std::mutex> lock(mu_);
  values_ = std::move(loaded);
  return report;
}

void SettingsStore::set_constraint_hook(ConstraintHook hook) {
  std::lock_guard<std::mutex> lock(mu_);
  hook_ = std::move(hook);
}

void SettingsStore::add_listener(ChangeListener listener) {
  std::lock_guard<std::mutex> lock(mu_);
  listeners_.push_back(std::move(listener));
}

PatchResult SettingsStore::patch(const json::Value& body) {
  PatchResult result;
  if (!body.is_object()) {
    result.status = PatchResult::Status::kInvalid;
    result.errors.push_back({"", "not_an_object", "The body must be a JSON object of settings."});
    return result;
  }
  ConstraintHook hook;
  {
    std::lock_guard<std::mutex> lock(mu_);
    hook = hook_;
  }
  // Phase 1, without the lock: every field on its own.
  std::vector<std::pair<std::size_t, SettingValue>> updates;
  for (const json::Value::Member& m : body.members()) {
    const int index = schema().index_of(m.key);
    if (index < 0) {
      result.errors.push_back({m.key, "unknown_key", "is not a setting of this camera"});
      continue;
    }
    const Descriptor& d = schema().settings[static_cast<std::size_t>(index)];
    SettingValue v;
    if (auto e = validate_value(d, m.value, v)) {
      result.errors.push_back(std::move(*e));
    } else if (auto refusal = hook ? hook(d.key, v) : std::nullopt) {
      result.errors.push_back({m.key, "unsupported", std::move(*refusal)});
    } else {
      updates.emplace_back(static_cast<std::size_t>(index), std::move(v));
    }
  }
  std::vector<ChangeListener> listeners;
  {
    // Phase 2, locked: rules across fields, then persist and apply all at once.
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SettingValue> next = values_;
    for (auto& [i, v] : updates) next[i] = v;
    if (result.errors.empty()) cross_field_errors(next, result.errors);
    if (!result.errors.empty()) {
      result.status = PatchResult::Status::kInvalid;
      return result;
    }
    for (auto& [i, v] : updates) {
      const Descriptor& d = schema().settings[i];
      if (d.key == kAdminPasswordKey && is_set(v)) {
        const std::string& plain = std::get<std::string>(v);
        if (crypto::verify_password(plain, std::get<std::string>(values_[i]))) {
          next[i] = values_[i];  // the same password: keep its hash, nothing changes
        } else {
          next[i] = crypto::hash_password(plain, random_, options_.password_iterations);
        }
      }
      if (next[i] != values_[i]) {
        result.changed.emplace_back(d.key);
        result.reboot_required = result.reboot_required || d.reboot;
      }
    }
    if (result.changed.empty()) return result;
    result.storage = slots_.save(schema().version, encode(next));
    if (!result.storage.ok()) {
      result.status = PatchResult::Status::kStorageFailed;
      result.changed.clear();
      result.reboot_required = false;
      return result;
    }
    values_ = std::move(next);
    reboot_required_ = reboot_required_ || result.reboot_required;
    listeners = listeners_;
  }
  for (const ChangeListener& l : listeners) l(result.changed);
  return result;
}

void SettingsStore::cross_field_errors(const std::vector<SettingValue>& next,
                                       std::vector<FieldError>& errors) const {
  // A fixed address needs its address, netmask and gateway; DHCP needs none of them.
  const int mode = schema().index_of("network.ip_mode");
  if (mode < 0 || next[static_cast<std::size_t>(mode)] != SettingValue(std::string("static"))) return;
  for (const char* key : {"network.ip", "network.netmask", "network.gateway"}) {
    const int i = schema().index_of(key);
    if (i >= 0 && !is_set(next[static_cast<std::size_t>(i)])) {
      errors.push_back({key, "required", "is needed when network.ip_mode is static"});
    }
  }
}

ports::KvResult SettingsStore::factory_reset() {
  std::vector<ChangeListener> listeners;
  std::vector<std::string> all;
  {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SettingValue> defaults;
    for (const Descriptor& d : schema()) {
      defaults.push_back(default_value(d));
      all.emplace_back(d.key);
    }
    ports::KvResult r = slots_.save(schema().version, encode(defaults));
    if (!r.ok()) return r;
    values_ = std::move(defaults);
    reboot_required_ = true;
    // The older record still holds the old secrets; a failure here loses nothing (it is older).
    r = slots_.erase_other();
    if (!r.ok()) return r;
    listeners = listeners_;
  }
  for (const ChangeListener& l : listeners) l(all);
  return {};
}

std::string SettingsStore::encode(const std::vector<SettingValue>& values) const {
  json::Writer w;
  w.begin_object();
  for (std::size_t i = 0; i < values.size(); ++i) {
    w.key(schema().settings[i].key);
    write_value(w, values[i]);
  }
  w.end_object();
  return w.take();
}

std::string SettingsStore::values_json() const {
  std::lock_guard<std::mutex> lock(mu_);
  json::Writer w;
  w.begin_object();
  for (std::size_t i = 0; i < values_.size(); ++i) {
    const Descriptor& d = schema().settings[i];
    w.key(d.key);
    if (d.secret) {
      w.begin_object().key("set").value(is_set(values_[i])).end_object();
    } else {
      write_value(w, values_[i]);
    }
  }
  w.end_object();
  return w.take();
}

std::size_t SettingsStore::index_or_abort(std::string_view key, Type type) const {
  const int i = schema().index_of(key);
  const bool string_like = type == Type::kString || type == Type::kEnum;
  if (i >= 0) {
    const Type actual = schema().settings[static_cast<std::size_t>(i)].type;
    if (actual == type || (string_like && (actual == Type::kString || actual == Type::kEnum))) {
      return static_cast<std::size_t>(i);
    }
  }
  std::fprintf(stderr, "settings: no setting %.*s of the requested type\n", static_cast<int>(key.size()),
               key.data());
  std::abort();
}

bool SettingsStore::get_bool(std::string_view key) const {
  const std::size_t i = index_or_abort(key, Type::kBool);
  std::lock_guard<std::mutex> lock(mu_);
  return std::get<bool>(values_[i]);
}

std::int32_t SettingsStore::get_int(std::string_view key) const {
  const std::size_t i = index_or_abort(key, Type::kInt);
  std::lock_guard<std::mutex> lock(mu_);
  return std::get<std::int32_t>(values_[i]);
}

std::string SettingsStore::get_string(std::string_view key) const {
  if (key == kAdminPasswordKey) std::abort();  // only verify_admin_password() may look at it
  const std::size_t i = index_or_abort(key, Type::kString);
  std::lock_guard<std::mutex> lock(mu_);
  return std::get<std::string>(values_[i]);
}

bool SettingsStore::admin_password_set() const {
  const int i = schema().index_of(kAdminPasswordKey);
  std::lock_guard<std::mutex> lock(mu_);
  return i >= 0 && is_set(values_[static_cast<std::size_t>(i)]);
}

bool SettingsStore::verify_admin_password(std::string_view candidate) const {
  const int i = schema().index_of(kAdminPasswordKey);
  if (i < 0) return false;
  std::string stored;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stored = std::get<std::string>(values_[static_cast<std::size_t>(i)]);
  }
  return !stored.empty() && crypto::verify_password(candidate, stored);
}

bool SettingsStore::reboot_required() const {
  std::lock_guard<std::mutex> lock(mu_);
  return reboot_required_;
}

}  // namespace printcam::settings
