#include "platform/esp32/esp_network.hpp"

#include <esp_wifi.h>

#include <algorithm>
#include <cstring>

namespace printcam::esp32 {
namespace {

using ports::StationStatus;

esp_ip4_addr_t to_esp(const network::Ipv4& ip) {
  esp_ip4_addr_t out;
  esp_netif_set_ip4_addr(&out, ip[0], ip[1], ip[2], ip[3]);
  return out;
}

std::string text(const esp_ip4_addr_t& ip) {
  char buf[16];
  return esp_ip4addr_ntoa(&ip, buf, sizeof buf) != nullptr ? buf : "";
}

/// A fixed-size, possibly unterminated SSID field as text.
std::string ssid_text(const std::uint8_t* field, std::size_t capacity) {
  const char* s = reinterpret_cast<const char*>(field);
  return std::string(s, strnlen(s, capacity));
}

StationStatus status_after(std::uint8_t reason, bool was_connected) {
  switch (reason) {
    case WIFI_REASON_AUTH_FAIL:
    case WIFI_REASON_4WAY_HANDSHAKE_TIMEOUT:
    case WIFI_REASON_HANDSHAKE_TIMEOUT:
      return StationStatus::kWrongPassword;
    case WIFI_REASON_NO_AP_FOUND:
    case WIFI_REASON_NO_AP_FOUND_W_COMPATIBLE_SECURITY:
    case WIFI_REASON_NO_AP_FOUND_IN_AUTHMODE_THRESHOLD:
      return StationStatus::kNoNetwork;
    default:
      return was_connected ? StationStatus::kDisconnected : StationStatus::kConnecting;
  }
}

}  // namespace

esp_err_t EspNetwork::start() {
  sta_ = esp_netif_create_default_wifi_sta();
  ap_ = esp_netif_create_default_wifi_ap();
  const wifi_init_config_t init = WIFI_INIT_CONFIG_DEFAULT();
  esp_err_t err = esp_wifi_init(&init);
  if (err == ESP_OK) err = esp_wifi_set_storage(WIFI_STORAGE_RAM);
  if (err == ESP_OK)
    err = esp_event_handler_instance_register(WIFI_EVENT, ESP_EVENT_ANY_ID, &on_event, this, nullptr);
  if (err == ESP_OK)
    err = esp_event_handler_instance_register(IP_EVENT, IP_EVENT_STA_GOT_IP, &on_event, this, nullptr);
  esp_timer_create_args_t retry{};
  retry.callback = [](void* self) { static_cast<EspNetwork*>(self)->try_connect(); };
  retry.arg = this;
  retry.name = "wifi_retry";
  if (err == ESP_OK) err = esp_timer_create(&retry, &retry_timer_);
  if (err == ESP_OK) err = esp_wifi_set_mode(WIFI_MODE_STA);
  if (err == ESP_OK) err = esp_wifi_start();
  return err;
}

bool EspNetwork::configure_station(const ports::StationAddressing& addressing) {
  // Taken at the next DHCP request, which connect() starts.
  if (esp_netif_set_hostname(sta_, addressing.hostname.c_str()) != ESP_OK) return false;
  if (!addressing.fixed) {
    const esp_err_t err = esp_netif_dhcpc_start(sta_);
    return err == ESP_OK || err == ESP_ERR_ESP_NETIF_DHCP_ALREADY_STARTED;
  }
  const ports::StationAddressing::Fixed& f = *addressing.fixed;
  const esp_err_t stopped = esp_netif_dhcpc_stop(sta_);
  if (stopped != ESP_OK && stopped != ESP_ERR_ESP_NETIF_DHCP_ALREADY_STOPPED) return false;
  esp_netif_ip_info_t info{};
  info.ip = to_esp(f.ip);
  info.netmask = to_esp(f.netmask);
  info.gw = to_esp(f.gateway);
  esp_netif_dns_info_t dns{};
  dns.ip.type = ESP_IPADDR_TYPE_V4;
  dns.ip.u_addr.ip4 = to_esp(f.dns);
  return esp_netif_set_ip_info(sta_, &info) == ESP_OK &&
         esp_netif_set_dns_info(sta_, ESP_NETIF_DNS_MAIN, &dns) == ESP_OK;
}

void EspNetwork::on_event(void* self, esp_event_base_t base, std::int32_t id, void* data) {
  static_cast<EspNetwork*>(self)->handle_event(base, id, data);
}

void EspNetwork::handle_event(esp_event_base_t base, std::int32_t id, void* data) {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (base == IP_EVENT && id == IP_EVENT_STA_GOT_IP) {
    station_ = StationStatus::kConnected;
    ever_connected_ = true;
  } else if (base == WIFI_EVENT && id == WIFI_EVENT_STA_DISCONNECTED) {
    const auto* event = static_cast<const wifi_event_sta_disconnected_t*>(data);
    // ASSOC_LEAVE is this camera leaving on purpose (a new connect()): not a failure to retry.
    if (event->reason == WIFI_REASON_ASSOC_LEAVE) return;
    station_ = status_after(event->reason, ever_connected_);
    if (!esp_timer_is_active(retry_timer_)) esp_timer_start_once(retry_timer_, kRetryDelayUs);
  }
}

ports::WifiState EspNetwork::state() const {
  ports::WifiState s;
  wifi_mode_t mode = WIFI_MODE_NULL;
  esp_wifi_get_mode(&mode);
  s.mode = mode == WIFI_MODE_STA     ? ports::WifiMode::kStation
           : mode == WIFI_MODE_AP    ? ports::WifiMode::kAccessPoint
           : mode == WIFI_MODE_APSTA ? ports::WifiMode::kAccessPointAndStation
                                     : ports::WifiMode::kOff;
  wifi_config_t config{};
  if (esp_wifi_get_config(WIFI_IF_STA, &config) == ESP_OK) {
    s.ssid = ssid_text(config.sta.ssid, sizeof config.sta.ssid);
  }
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    s.station = station_;
    s.ap_active = mode == WIFI_MODE_AP || mode == WIFI_MODE_APSTA;
    if (s.ap_active) {
      s.ap_ssid = ap_ssid_;
      s.ap_ip = network::ipv4_text(ap_address_);
    }
  }
  wifi_ap_record_t ap{};
  if (s.station == StationStatus::kConnected && esp_wifi_sta_get_ap_info(&ap) == ESP_OK) s.rssi = ap.rssi;
  esp_netif_ip_info_t ip{};
  if (s.station == StationStatus::kConnected && esp_netif_get_ip_info(sta_, &ip) == ESP_OK)
    s.ip = text(ip.ip);
  if (s.ap_active) s.ap_clients = station_count();
  return s;
}

std::vector<ports::ScannedNetwork> EspNetwork::scan() {
  std::vector<ports::ScannedNetwork> out;
  // A join under way holds the radio (ESP_ERR_WIFI_STATE): it yields to the scan and is tried
  // again afterwards, so a camera searching for a missing network can still list the others.
  esp_timer_stop(retry_timer_);
  esp_err_t err = esp_wifi_scan_start(nullptr, true);
  if (err == ESP_ERR_WIFI_STATE) {
    esp_wifi_disconnect();
    err = esp_wifi_scan_start(nullptr, true);
  }
  retry_unless_connected();
  if (err != ESP_OK) return out;
  std::vector<wifi_ap_record_t> records(kMaxScanResults);
  std::uint16_t n = kMaxScanResults;
  // Also frees the driver's own list of what it heard.
  if (esp_wifi_scan_get_ap_records(&n, records.data()) != ESP_OK) return out;
  for (std::uint16_t i = 0; i < n; ++i) {
    const wifi_ap_record_t& r = records[i];
    out.push_back({ssid_text(r.ssid, sizeof r.ssid), r.rssi, r.authmode != WIFI_AUTH_OPEN, r.primary});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.rssi > b.rssi; });
  return out;
}

void EspNetwork::connect(std::string_view ssid, std::string_view password) {
  esp_timer_stop(retry_timer_);
  esp_wifi_disconnect();
  wifi_config_t config{};
  std::memcpy(config.sta.ssid, ssid.data(), std::min(ssid.size(), sizeof config.sta.ssid));
  std::memcpy(config.sta.password, password.data(), std::min(password.size(), sizeof config.sta.password));
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    ever_connected_ = false;
    station_ = ssid.empty() ? StationStatus::kIdle : StationStatus::kConnecting;
  }
  if (esp_wifi_set_config(WIFI_IF_STA, &config) != ESP_OK || ssid.empty()) return;
  try_connect();
}

void EspNetwork::retry_unless_connected() {
  bool retry = false;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    retry = station_ != StationStatus::kIdle && station_ != StationStatus::kConnected;
  }
  if (retry && !esp_timer_is_active(retry_timer_)) esp_timer_start_once(retry_timer_, kRetryDelayUs);
}

void EspNetwork::try_connect() {
  // Refused at once (a scan holds the radio): no event will follow, so the timer tries again.
  if (esp_wifi_connect() != ESP_OK && !esp_timer_is_active(retry_timer_)) {
    esp_timer_start_once(retry_timer_, kRetryDelayUs);
  }
}

}  // namespace printcam::esp32
