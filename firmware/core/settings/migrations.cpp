#include "core/settings/migrations.hpp"

#include <string>

namespace printcam::settings {

std::vector<Migration> builtin_migrations() {
  return {};
}

void rename_key(json::Value& values, std::string_view from, std::string_view to) {
  const json::Value* old = values.find(from);
  if (old == nullptr) return;
  json::Value moved = *old;
  values.erase(from);
  values.set(std::string(to), std::move(moved));
}

int migrate(json::Value& values, std::uint16_t stored, std::uint16_t target,
            const std::vector<Migration>& steps) {
  int ran = 0;
  for (std::uint16_t v = stored; v < target; ++v) {
    for (const Migration& m : steps) {
      if (m.from == v) {
        m.apply(values);
        ++ran;
      }
    }
  }
  return ran;
}

}  // namespace printcam::settings
