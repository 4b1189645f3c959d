#pragma once
// The settings API (firmware/API.md): GET /api/schema, GET and PATCH /api/settings,
// POST /api/factory-reset. All admin routes.

#include <cstddef>
#include <functional>

#include "core/http/router.hpp"
#include "core/settings/settings_store.hpp"

namespace printcam::settings {

/// Larger PATCH bodies get 413: every setting at its longest is well under this.
inline constexpr std::size_t kMaxSettingsBodyBytes = 8 * 1024;

/// `after_factory_reset` runs once the reset is stored and answered (the platform reboots there);
/// empty: nothing runs.
void register_settings_routes(http::Router& router, SettingsStore& store,
                              std::function<void()> after_factory_reset = {});

}  // namespace printcam::settings
