#pragma once
// Upgrades of the stored settings between schema versions, so a firmware update never wipes
// settings. A new key needs no migration (it loads as its default); a renamed or reshaped key needs
// one step from the version before the change to the version that made it.

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/json/json_value.hpp"

namespace printcam::settings {

struct Migration {
  /// The step upgrades a document stored at this version to `from + 1`.
  std::uint16_t from;
  void (*apply)(json::Value& values);
};

/// The firmware's own steps. Schema version 1 is the first release, so there are none yet; the
/// first rename adds `{1, &rename_xyz}` here and bumps "version" in schema.json.
std::vector<Migration> builtin_migrations();

/// Moves member `from` of `values` to `to` (replacing any `to`); does nothing when `from` is absent.
void rename_key(json::Value& values, std::string_view from, std::string_view to);

/// Runs the steps from `stored` up to `target` in order; returns how many ran.
int migrate(json::Value& values, std::uint16_t stored, std::uint16_t target,
            const std::vector<Migration>& steps);

}  // namespace printcam::settings
