#pragma once
// What the station needs before the app starts, read from the stored settings: the network to
// join, the DHCP hostname and any fixed address. The app's own settings store is built later,
// inside DeviceApp; joining early lets the setup AP's rules see a configured network at boot.

#include <cstdint>
#include <string>
#include <vector>

#include "platform/esp32/esp_network.hpp"
#include "ports/kv_store.hpp"
#include "ports/system.hpp"

namespace printcam::esp32 {

struct SavedStation {
  std::string ssid;
  std::string password;
  StationAddressing addressing;
};

/// network.wifi_*, network.hostname (or the MAC-derived default) and, with network.ip_mode
/// "static", network.ip/netmask/gateway/dns; a fixed address that does not parse is left out.
SavedStation read_saved_station(ports::KvStore& kv, ports::System& system);

/// The setup AP password's secret (core/network/ap_credentials.hpp): 16 random bytes made at
/// first boot and kept in their own NVS namespace, which a settings reset does not touch, so the
/// password printed for the user stays valid.
std::vector<std::uint8_t> ap_secret_id(ports::KvStore& kv, ports::System& system);

}  // namespace printcam::esp32
