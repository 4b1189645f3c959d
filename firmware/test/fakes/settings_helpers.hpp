#pragma once
// Shared by the settings tests: a deterministic RNG, a fast password hash, and patch helpers.

#include <string>

#include "catch2_compat.hpp"
#include "core/json/json_reader.hpp"
#include "core/settings/settings_store.hpp"

namespace printcam::fakes {

inline void counting_random(std::uint8_t* out, std::size_t n) {
  static std::uint8_t next = 7;
  for (std::size_t i = 0; i < n; ++i) out[i] = next++;
}

/// Store options with few hash rounds: tests check behaviour, not the hash's cost.
inline settings::StoreOptions fast_options() {
  settings::StoreOptions o;
  o.password_iterations = 10;
  return o;
}

inline json::Value parse_json(std::string_view text) {
  json::Value v;
  json::ParseError e;
  INFO(text);
  REQUIRE(json::parse(text, v, e));
  return v;
}

inline settings::PatchResult patch(settings::SettingsStore& store, std::string_view body) {
  return store.patch(parse_json(body));
}

}  // namespace printcam::fakes
