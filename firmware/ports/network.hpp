#pragma once
// Wi-Fi, as the core needs it. Shaped after esp_wifi so the ESP32 adapter translates line by line:
// state() → esp_wifi_get_mode + esp_wifi_sta_get_ap_info (wifi_ap_record_t: ssid, rssi) +
// esp_netif_get_ip_info + esp_wifi_ap_get_sta_list; scan() → esp_wifi_scan_start(block=true) +
// esp_wifi_scan_get_ap_records (ssid, rssi, authmode != WIFI_AUTH_OPEN, primary);
// configure_station() → esp_netif_set_hostname + esp_netif_dhcpc_start, or esp_netif_dhcpc_stop +
// esp_netif_set_ip_info + esp_netif_set_dns_info for a fixed address;
// connect() → esp_wifi_set_config(WIFI_IF_STA) + esp_wifi_connect, whose outcome arrives later as
// WIFI_EVENT_STA_CONNECTED/IP_EVENT_STA_GOT_IP or WIFI_EVENT_STA_DISCONNECTED (with a reason);
// start/stop_access_point() → esp_wifi_set_mode(WIFI_MODE_APSTA / WIFI_MODE_STA).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace printcam::ports {

/// esp_wifi's wifi_mode_t: which radios are on.
enum class WifiMode { kOff, kStation, kAccessPoint, kAccessPointAndStation };

/// Where the station is with its network; the outcome of connect() lands here later.
enum class StationStatus {
  kIdle,           ///< No network configured or connect() not called.
  kConnecting,     ///< Association or DHCP under way.
  kConnected,      ///< Associated and holding an address.
  kWrongPassword,  ///< The network refused the key (WIFI_REASON_AUTH_FAIL, 4WAY_HANDSHAKE_TIMEOUT).
  kNoNetwork,      ///< No network with that SSID answered (WIFI_REASON_NO_AP_FOUND).
  kDisconnected,   ///< Was connected, lost the link; the platform keeps retrying.
};

/// One network heard by a scan (wifi_ap_record_t). A hidden network has an empty ssid.
struct ScannedNetwork {
  std::string ssid;
  int rssi = 0;  ///< dBm, e.g. -67.
  bool secure = false;
  int channel = 0;
};

/// An IPv4 address, most significant byte first: 192.168.1.20 is {192, 168, 1, 20}.
using Ipv4Address = std::array<std::uint8_t, 4>;

/// How the station is known on its network: its DHCP hostname and, instead of DHCP, a fixed
/// address (esp_netif_ip_info_t plus the main DNS server).
struct StationAddressing {
  struct Fixed {
    Ipv4Address ip{}, netmask{}, gateway{}, dns{};
    bool operator==(const Fixed& o) const {
      return ip == o.ip && netmask == o.netmask && gateway == o.gateway && dns == o.dns;
    }
  };
  std::string hostname;
  std::optional<Fixed> fixed;  ///< Empty: DHCP.
  bool operator==(const StationAddressing& o) const { return hostname == o.hostname && fixed == o.fixed; }
};

struct WifiState {
  WifiMode mode = WifiMode::kOff;
  StationStatus station = StationStatus::kIdle;
  std::string ssid;  ///< The station's network (configured or connected); empty when none.
  int rssi = 0;      ///< dBm while connected, else 0.
  std::string ip;    ///< The station's IPv4 address as text, empty without one.
  bool ap_active = false;
  std::string ap_ssid;
  std::string ap_ip;  ///< The access point's own address (the captive portal answers with it).
  int ap_clients = 0;
};

class Network {
 public:
  virtual ~Network() = default;
  virtual WifiState state() const = 0;
  /// Scans all channels and blocks until done (a few seconds on the ESP32), strongest first.
  virtual std::vector<ScannedNetwork> scan() = 0;
  /// Sets how the station is addressed from its next connect() on; false when the platform
  /// refused it (the previous addressing then stays).
  virtual bool configure_station(const StationAddressing& addressing) = 0;
  /// Starts joining `ssid` and returns at once; watch state().station for the outcome. An empty
  /// password joins an open network; an empty `ssid` leaves the network (the station goes idle).
  virtual void connect(std::string_view ssid, std::string_view password) = 0;
  /// Opens the setup access point beside the station; an empty password makes it open.
  virtual bool start_access_point(std::string_view ssid, std::string_view password) = 0;
  virtual void stop_access_point() = 0;
};

}  // namespace printcam::ports
