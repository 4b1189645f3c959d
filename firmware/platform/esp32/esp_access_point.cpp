// EspNetwork's setup access point (see esp_network.hpp): esp_wifi in APSTA mode, and the AP's
// esp_netif given the core's address with a DHCP server that hands out that address as gateway
// and DNS (so the captive portal's DNS responder answers every name) and as the captive-portal
// URI (DHCP option 114, RFC 8910), which recent phones open without probing.

#include <dhcpserver/dhcpserver.h>
#include <esp_wifi.h>

#include <algorithm>
#include <cstring>

#include "platform/esp32/esp_network.hpp"

namespace printcam::esp32 {
namespace {

esp_ip4_addr_t to_esp(const network::Ipv4& ip) {
  esp_ip4_addr_t out;
  esp_netif_set_ip4_addr(&out, ip[0], ip[1], ip[2], ip[3]);
  return out;
}

network::Ipv4 netmask(int prefix_length) {
  const std::uint32_t bits = prefix_length <= 0 ? 0 : ~std::uint32_t{0} << (32 - prefix_length);
  return {static_cast<std::uint8_t>(bits >> 24), static_cast<std::uint8_t>(bits >> 16),
          static_cast<std::uint8_t>(bits >> 8), static_cast<std::uint8_t>(bits)};
}

}  // namespace

bool EspNetwork::start_access_point(std::string_view ssid, std::string_view password) {
  return start_ap(ssid, password, network::kApAddress);
}

bool EspNetwork::start_ap(std::string_view ssid, std::string_view password, const network::Ipv4& address) {
  wifi_config_t config{};
  const std::size_t ssid_len = std::min(ssid.size(), sizeof config.ap.ssid);
  std::memcpy(config.ap.ssid, ssid.data(), ssid_len);
  config.ap.ssid_len = static_cast<std::uint8_t>(ssid_len);
  std::memcpy(config.ap.password, password.data(), std::min(password.size(), sizeof config.ap.password));
  config.ap.authmode = password.empty() ? WIFI_AUTH_OPEN : WIFI_AUTH_WPA2_PSK;
  config.ap.max_connection = kMaxApClients;
  if (esp_wifi_set_mode(WIFI_MODE_APSTA) != ESP_OK || esp_wifi_set_config(WIFI_IF_AP, &config) != ESP_OK) {
    return false;
  }
  const std::lock_guard<std::mutex> lock(mutex_);
  // The DHCP server holds a pointer into portal_uri_: stopped before the string changes.
  const esp_err_t stopped = esp_netif_dhcps_stop(ap_);
  if (stopped != ESP_OK && stopped != ESP_ERR_ESP_NETIF_DHCP_ALREADY_STOPPED) return false;
  portal_uri_ = "http://" + network::ipv4_text(address) + "/";
  esp_netif_ip_info_t info{};
  info.ip = to_esp(address);
  info.gw = info.ip;
  info.netmask = to_esp(netmask(network::kApPrefixLength));
  esp_netif_dns_info_t dns{};
  dns.ip.type = ESP_IPADDR_TYPE_V4;
  dns.ip.u_addr.ip4 = info.ip;
  dhcps_offer_t offer_dns = OFFER_DNS;
  if (esp_netif_set_ip_info(ap_, &info) != ESP_OK ||
      esp_netif_set_dns_info(ap_, ESP_NETIF_DNS_MAIN, &dns) != ESP_OK ||
      esp_netif_dhcps_option(ap_, ESP_NETIF_OP_SET, ESP_NETIF_DOMAIN_NAME_SERVER, &offer_dns,
                             sizeof offer_dns) != ESP_OK ||
      esp_netif_dhcps_option(ap_, ESP_NETIF_OP_SET, ESP_NETIF_CAPTIVEPORTAL_URI, portal_uri_.data(),
                             portal_uri_.size()) != ESP_OK ||
      esp_netif_dhcps_start(ap_) != ESP_OK) {
    return false;
  }
  ap_ssid_ = std::string(ssid);
  ap_address_ = address;
  return true;
}

void EspNetwork::stop_access_point() {
  esp_wifi_set_mode(WIFI_MODE_STA);
  const std::lock_guard<std::mutex> lock(mutex_);
  ap_ssid_.clear();
}

int EspNetwork::station_count() const {
  wifi_sta_list_t list{};
  return esp_wifi_ap_get_sta_list(&list) == ESP_OK ? list.num : 0;
}

}  // namespace printcam::esp32
