// libFuzzer target: the serial console's `set KEY=VALUE` on the real settings store. Any text is
// either saved (and reads back) or refused with a code and nothing changed; `get` always answers
// JSON for a known key.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/app/setting_text.hpp"
#include "core/json/json_reader.hpp"
#include "fakes/fake_kv_store.hpp"

namespace {
void fixed_random(std::uint8_t* out, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint8_t>(i);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace printcam;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos) return 0;
  const std::string key = text.substr(0, eq);
  const std::string value = text.substr(eq + 1);

  fakes::FakeKvStore kv;
  settings::StoreOptions options;
  options.password_iterations = 1;  // the hash's cost is not under test here
  settings::SettingsStore store(kv, fixed_random, options);
  store.load();
  const std::string before = store.values_json();
  const auto refusal = app::set_setting_from_text(store, key, value);
  if (refusal && (refusal->code.empty() || refusal->message.empty() || store.values_json() != before)) {
    std::abort();
  }
  const auto read = app::setting_json(store, key);
  if (read.has_value() != (store.schema().index_of(key) >= 0)) std::abort();
  json::Value parsed;
  json::ParseError error;
  if (read && !json::parse(*read, parsed, error)) std::abort();
  return 0;
}
