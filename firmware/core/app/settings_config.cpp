#include "core/app/settings_config.hpp"

#include <utility>

#include "core/net/hostname.hpp"
#include "core/network/ap_address.hpp"

namespace printcam::app {

auth::AuthSettings auth_from_settings(auth::AuthSettings s, const settings::SettingsStore& store) {
  if (!s.has_password) s.has_password = [&store] { return store.admin_password_set(); };
  if (!s.check_password) {
    s.check_password = [&store](std::string_view candidate) {
      return store.verify_admin_password(candidate);
    };
  }
  if (!s.public_viewing) s.public_viewing = [&store] { return store.get_bool("security.public_viewing"); };
  return s;
}

api::DeviceIdentity identity_from_settings(api::DeviceIdentity id, const settings::SettingsStore& store,
                                           const ports::System& system) {
  if (!id.name) id.name = [&store] { return store.get_string("system.name"); };
  if (!id.hostname) {
    std::uint8_t mac[6];
    system.mac(mac);
    id.hostname = [&store, fallback = net::default_hostname(mac)] {
      std::string configured = store.get_string("network.hostname");
      return configured.empty() ? fallback : configured;
    };
  }
  return id;
}

ports::StationAddressing station_addressing_from(const settings::SettingsStore& store, std::string hostname) {
  ports::StationAddressing out;
  out.hostname = std::move(hostname);
  if (store.get_string("network.ip_mode") != "static") return out;
  const auto ip = network::parse_ipv4(store.get_string("network.ip"));
  const auto netmask = network::parse_ipv4(store.get_string("network.netmask"));
  const auto gateway = network::parse_ipv4(store.get_string("network.gateway"));
  if (!ip || !netmask || !gateway) return out;
  const auto dns = network::parse_ipv4(store.get_string("network.dns"));
  out.fixed = ports::StationAddressing::Fixed{*ip, *netmask, *gateway, dns ? *dns : *gateway};
  return out;
}

api::TimeZoneSource time_zone_from_settings(const settings::SettingsStore& store) {
  return [&store] { return store.get_string("system.timezone"); };
}

std::function<std::vector<std::string>()> origins_from_settings(const settings::SettingsStore& store) {
  return [&store] {
    std::vector<std::string> origins;
    const std::string list = store.get_string("security.cors_origins");
    std::size_t start = 0;
    while (start <= list.size()) {
      std::size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      std::string item = list.substr(start, comma - start);
      const auto first = item.find_first_not_of(" \t");
      const auto last = item.find_last_not_of(" \t");
      if (first != std::string::npos) origins.push_back(item.substr(first, last - first + 1));
      start = comma + 1;
    }
    return origins;
  };
}

}  // namespace printcam::app
