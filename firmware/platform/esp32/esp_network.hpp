#pragma once
// The Network port and the setup AP's radio (core/network/ap_control.hpp) over esp_wifi in
// STA(+AP) mode and esp_netif (ports/network.hpp lists the calls). Wi-Fi keeps its configuration
// in RAM only (esp_wifi_set_storage(WIFI_STORAGE_RAM)): the credentials live in the core's
// settings, and a second copy in Wi-Fi's own NVS keys would outlive a factory reset.
// After a failed or lost connection the station tries again every kRetryDelayUs, as the port
// asks; state().station keeps saying why the last try failed until one succeeds.

#include <esp_event.h>
#include <esp_netif.h>
#include <esp_timer.h>

#include <mutex>
#include <optional>
#include <string>

#include "core/network/ap_control.hpp"
#include "ports/network.hpp"

namespace printcam::esp32 {

class EspNetwork final : public ports::Network, public network::ApControl {
 public:
  /// Between a failed try and the next: long enough for a router that is rebooting.
  static constexpr std::uint64_t kRetryDelayUs = 5'000'000;
  /// Networks one scan reports at most: a screenful, and bounded memory (80 bytes each).
  static constexpr std::uint16_t kMaxScanResults = 24;
  /// Phones on the setup AP at once: setup needs one; a second lets a helper watch.
  static constexpr std::uint8_t kMaxApClients = 4;

  /// Creates both netifs and starts Wi-Fi as an idle station. Needs esp_netif_init, the default
  /// event loop and NVS (the PHY calibration data) first.
  esp_err_t start();
  ports::WifiState state() const override;
  std::vector<ports::ScannedNetwork> scan() override;
  bool configure_station(const ports::StationAddressing& addressing) override;
  void connect(std::string_view ssid, std::string_view password) override;
  bool start_access_point(std::string_view ssid, std::string_view password) override;
  void stop_access_point() override;

  bool start_ap(std::string_view ssid, std::string_view password, const network::Ipv4& address) override;
  void stop_ap() override { stop_access_point(); }
  int station_count() const override;

 private:
  static void on_event(void* self, esp_event_base_t base, std::int32_t id, void* data);
  void handle_event(esp_event_base_t base, std::int32_t id, void* data);
  void try_connect();
  void retry_unless_connected();

  esp_netif_t* sta_ = nullptr;
  esp_netif_t* ap_ = nullptr;
  esp_timer_handle_t retry_timer_ = nullptr;
  mutable std::mutex mutex_;
  ports::StationStatus station_ = ports::StationStatus::kIdle;
  bool ever_connected_ = false;
  std::string ap_ssid_;
  network::Ipv4 ap_address_{};
  /// esp_netif keeps a pointer to the captive-portal URI for as long as its DHCP server runs.
  std::string portal_uri_;
};

}  // namespace printcam::esp32
