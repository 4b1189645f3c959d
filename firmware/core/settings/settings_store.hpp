#pragma once
// The camera's settings: defaults from the schema, validated patches applied all-or-nothing,
// persisted power-cut-safe (record_slots.hpp) with the schema version, migrated on upgrade, and
// read by other services through typed getters and change listeners. Thread-safe.

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/crypto/password_hash.hpp"
#include "core/json/json_value.hpp"
#include "core/settings/descriptor.hpp"
#include "core/settings/migrations.hpp"
#include "core/settings/record_slots.hpp"
#include "core/settings/setting_value.hpp"
#include "generated/settings_schema.hpp"
#include "ports/kv_store.hpp"

namespace printcam::settings {

/// The one setting kept as a salted hash instead of its value.
inline constexpr std::string_view kAdminPasswordKey = "security.admin_password";
/// KvStore namespace of the settings records.
inline constexpr std::string_view kKvNamespace = "settings";

/// Run-time rules the schema cannot know, e.g. the frame sizes this sensor supports. Returns a
/// message (code "unsupported") to reject the value, nullopt to accept it. Called without locks.
using ConstraintHook =
    std::function<std::optional<std::string>(std::string_view key, const SettingValue& value)>;
/// Told the keys that changed, after they changed (and were persisted). Called without locks.
using ChangeListener = std::function<void(const std::vector<std::string>& changed_keys)>;

struct LoadReport {
  /// False on first boot or when no record could be read: everything is at its default.
  bool from_storage = false;
  std::uint32_t seq = 0;
  std::uint16_t stored_version = 0;
  int migrations_run = 0;
  /// Stored keys this schema does not know (dropped at the next save).
  std::vector<std::string> dropped_keys;
  /// Stored values today's rules refuse, put back to their defaults.
  std::vector<std::string> reset_keys;
};

struct PatchResult {
  enum class Status { kOk, kInvalid, kStorageFailed };
  Status status = Status::kOk;
  /// kInvalid: every bad field, in body order.
  std::vector<FieldError> errors;
  /// kOk: the keys whose value changed (empty when the patch changed nothing).
  std::vector<std::string> changed;
  /// kOk: a changed key takes effect only after a restart.
  bool reboot_required = false;
  /// kStorageFailed: what the key-value store said.
  ports::KvResult storage;
};

struct StoreOptions {
  const Schema* schema = &generated::kSettingsSchema;
  std::vector<Migration> migrations = builtin_migrations();
  std::uint32_t password_iterations = crypto::kPasswordHashIterations;
};

class SettingsStore {
 public:
  SettingsStore(ports::KvStore& kv, crypto::RandomFill random, StoreOptions options = {});

  /// Reads the newest valid record (else defaults), migrating it to this schema. Call once at boot.
  LoadReport load();
  void set_constraint_hook(ConstraintHook hook);
  void add_listener(ChangeListener listener);

  /// Checks every member of `body` (a JSON object of key → value) before changing anything; then
  /// persists and applies all of them, or none.
  PatchResult patch(const json::Value& body);
  /// Every setting back to its default, persisted, and the older record erased.
  ports::KvResult factory_reset();

  /// {"key":value,...} in schema order; a secret reads {"set":true|false}.
  std::string values_json() const;
  /// Typed reads for other services. The key must exist with that type: anything else is a
  /// programming error and aborts (a test walks every call site's keys through the schema).
  bool get_bool(std::string_view key) const;
  std::int32_t get_int(std::string_view key) const;
  /// Strings and enum option names. Secrets too (the Wi-Fi password is needed to connect), except
  /// the admin password, which is only ever checked with verify_admin_password().
  std::string get_string(std::string_view key) const;

  bool admin_password_set() const;
  /// True when a password is set and `candidate` matches it.
  bool verify_admin_password(std::string_view candidate) const;
  /// Sticky since boot: some change applied since then needs a restart.
  bool reboot_required() const;
  const Schema& schema() const { return *options_.schema; }

 private:
  std::size_t index_or_abort(std::string_view key, Type type) const;
  std::string encode(const std::vector<SettingValue>& values) const;
  void cross_field_errors(const std::vector<SettingValue>& next, std::vector<FieldError>& errors) const;
  void notify(const std::vector<std::string>& changed);

  ports::KvStore& kv_;
  crypto::RandomFill random_;
  StoreOptions options_;
  RecordSlots slots_;
  ConstraintHook hook_;
  std::vector<ChangeListener> listeners_;
  mutable std::mutex mu_;
  std::vector<SettingValue> values_;
  bool reboot_required_ = false;
};

}  // namespace printcam::settings
