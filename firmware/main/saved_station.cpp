#include "saved_station.hpp"

#include "core/app/settings_config.hpp"
#include "core/network/ap_address.hpp"
#include "core/settings/settings_store.hpp"

namespace printcam::esp32 {
namespace {

constexpr std::string_view kDeviceNamespace = "device";
constexpr std::string_view kApSecretKey = "ap_secret";
constexpr std::size_t kApSecretBytes = 16;

std::optional<StationAddressing::Static> static_address(const settings::SettingsStore& store) {
  if (store.get_string("network.ip_mode") != "static") return std::nullopt;
  const auto ip = network::parse_ipv4(store.get_string("network.ip"));
  const auto netmask = network::parse_ipv4(store.get_string("network.netmask"));
  const auto gateway = network::parse_ipv4(store.get_string("network.gateway"));
  if (!ip || !netmask || !gateway) return std::nullopt;
  // Without a DNS server of its own, the gateway usually answers (home routers do).
  const auto dns = network::parse_ipv4(store.get_string("network.dns"));
  return StationAddressing::Static{*ip, *netmask, *gateway, dns ? *dns : *gateway};
}

}  // namespace

SavedStation read_saved_station(ports::KvStore& kv, ports::System& system) {
  settings::SettingsStore store(kv,
                                [&system](std::uint8_t* out, std::size_t n) { system.fill_random(out, n); });
  store.load();
  SavedStation saved;
  saved.ssid = store.get_string("network.wifi_ssid");
  saved.password = store.get_string("network.wifi_password");
  saved.addressing.hostname = app::identity_from_settings({}, store, system).hostname();
  saved.addressing.static_ipv4 = static_address(store);
  return saved;
}

std::vector<std::uint8_t> ap_secret_id(ports::KvStore& kv, ports::System& system) {
  std::vector<std::uint8_t> secret;
  if (kv.get_blob(kDeviceNamespace, kApSecretKey, secret).ok() && secret.size() == kApSecretBytes)
    return secret;
  secret.assign(kApSecretBytes, 0);
  system.fill_random(secret.data(), secret.size());
  // Not kept (a full or failing NVS): this boot's password still works, and the next boot makes
  // another, which the serial console and the PWA show again.
  if (kv.set_blob(kDeviceNamespace, kApSecretKey, secret.data(), secret.size()).ok())
    kv.commit(kDeviceNamespace);
  return secret;
}

}  // namespace printcam::esp32
