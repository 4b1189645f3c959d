#pragma once
// The auth, identity and CORS inputs other services take as functions, read from the settings
// on every use so a saved change applies at once. A non-empty override (tests) wins.

#include <functional>
#include <string>
#include <vector>

#include "core/api/device_status.hpp"
#include "core/auth/auth_settings.hpp"
#include "core/settings/settings_store.hpp"
#include "ports/network.hpp"
#include "ports/system.hpp"

namespace printcam::app {

auth::AuthSettings auth_from_settings(auth::AuthSettings override_, const settings::SettingsStore& store);
/// An empty `network.hostname` means "printcam-xxxxxx" from the MAC, unique on any LAN.
api::DeviceIdentity identity_from_settings(api::DeviceIdentity override_,
                                           const settings::SettingsStore& store, const ports::System& system);
/// How the station is addressed: DHCP, or with `network.ip_mode` "static" the fixed
/// `network.ip/netmask/gateway/dns`. A fixed address missing a part (PATCH refuses one) falls back
/// to DHCP, so the camera stays reachable whatever was stored; a missing DNS server is the
/// gateway, which on home networks answers.
ports::StationAddressing station_addressing_from(const settings::SettingsStore& store, std::string hostname);
/// `system.timezone`, the POSIX TZ string /api/status shows local time in.
api::TimeZoneSource time_zone_from_settings(const settings::SettingsStore& store);
/// `security.cors_origins`: comma-separated origins, blanks ignored.
std::function<std::vector<std::string>()> origins_from_settings(const settings::SettingsStore& store);

}  // namespace printcam::app
