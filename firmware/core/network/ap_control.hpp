#pragma once
// The two small things the setup AP needs from the platform, narrower than the Network port
// (ports/network.hpp), onto which they map one to one:
//   ApControl::start_ap(ssid, password, address) → Network::start_access_point(ssid, password),
//     the address set by the adapter: esp_netif_dhcps_stop + esp_netif_set_ip_info(ap netif,
//     address/24, gw = address) + esp_netif_dhcps_option(ESP_NETIF_OP_SET,
//     ESP_NETIF_CAPTIVEPORTAL_URI, "http://<address>/") (DHCP option 114, RFC 8910) +
//     esp_netif_dhcps_start, so the DHCP server hands out the AP's address as gateway and DNS;
//   ApControl::stop_ap() → Network::stop_access_point();
//   ApControl::station_count() → Network::state().ap_clients (esp_wifi_ap_get_sta_list);
//   WifiState{configured, connected} → {!state().ssid.empty(), state().station == kConnected}.

#include <string_view>

#include "core/network/ap_address.hpp"
#include "ports/network.hpp"

namespace printcam::network {

class ApControl {
 public:
  virtual ~ApControl() = default;
  /// Opens the AP (WPA2 with `password`) at `address`/24 beside the station. False on failure.
  virtual bool start_ap(std::string_view ssid, std::string_view password, const Ipv4& address) = 0;
  virtual void stop_ap() = 0;
  /// Phones and PCs associated with the AP now.
  virtual int station_count() const = 0;
};

/// The station side, as the AP's rules need it.
struct WifiState {
  bool configured = false;  ///< A network is stored (network.wifi_ssid is set).
  bool connected = false;   ///< Associated and holding an address.
};

/// The station side as the AP's rules see it, from the Network port's state.
inline WifiState wifi_state_of(const ports::WifiState& s) {
  return WifiState{!s.ssid.empty(), s.station == ports::StationStatus::kConnected};
}

}  // namespace printcam::network
