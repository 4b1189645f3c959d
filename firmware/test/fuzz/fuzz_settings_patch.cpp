// libFuzzer target: any PATCH body is either applied whole or refused with nothing changed, and the
// store's values always read back as valid JSON with no secret in them.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/json/json_reader.hpp"
#include "core/settings/settings_store.hpp"
#include "fakes/fake_kv_store.hpp"

namespace {
void fixed_random(std::uint8_t* out, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint8_t>(i);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace printcam;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  json::Value body;
  json::ParseError error;
  if (!json::parse(text, body, error)) return 0;

  fakes::FakeKvStore kv;
  settings::StoreOptions options;
  options.password_iterations = 1;  // the hash's cost is not under test here
  settings::SettingsStore store(kv, fixed_random, options);
  store.load();
  const std::string before = store.values_json();
  const settings::PatchResult r = store.patch(body);
  const std::string after = store.values_json();
  if (r.status != settings::PatchResult::Status::kOk && (after != before || kv.writes != 0)) std::abort();
  if (r.status == settings::PatchResult::Status::kOk && r.changed.empty() != (after == before)) std::abort();
  json::Value parsed;
  if (!json::parse(after, parsed, error)) std::abort();

  // What was stored loads back to the same values.
  settings::SettingsStore reloaded(kv, fixed_random, options);
  reloaded.load();
  if (reloaded.values_json() != after) std::abort();
  return 0;
}
