#include "platform/host/sim_network.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/network/ap_address.hpp"

namespace printcam::host {
namespace {

/// The station's address once joined: the simulated camera listens on loopback.
constexpr const char* kStationIp = "127.0.0.1";

}  // namespace

SimNetwork::SimNetwork(const ports::Clock& clock, SimWifiConfig config)
    : clock_(clock), config_(std::move(config)) {
  // What a flat in a town hears: the known network twice (a mesh), neighbours, an open café
  // network and a hidden one (empty SSID), as esp_wifi_scan_get_ap_records reports them.
  neighbours_ = {
      {config_.known_ssid, -52, true, 6},
      {"Neighbour-5G", -71, true, 11},
      {"", -60, true, 6},
      {"CoffeeShop Free", -80, false, 1},
      {config_.known_ssid, -77, true, 1},
      {"DIRECT-printer", -66, true, 6},
  };
  state_.mode = ports::WifiMode::kStation;
  if (config_.start_connected) {
    state_.station = ports::StationStatus::kConnected;
    state_.ssid = config_.known_ssid;
    state_.rssi = neighbours_.front().rssi;
    state_.ip = kStationIp;
  }
}

void SimNetwork::settle() const {
  if (state_.station != ports::StationStatus::kConnecting) return;
  if (clock_.monotonic_ms() - connect_started_ms_ < kConnectDelayMs) return;
  const auto heard = std::find_if(neighbours_.begin(), neighbours_.end(),
                                  [this](const ports::ScannedNetwork& n) { return n.ssid == state_.ssid; });
  if (heard == neighbours_.end() || state_.ssid.empty()) {
    state_.station = ports::StationStatus::kNoNetwork;
  } else if (heard->secure &&
             !(state_.ssid == config_.known_ssid && pending_password_ == config_.known_password)) {
    state_.station = ports::StationStatus::kWrongPassword;
  } else {
    state_.station = ports::StationStatus::kConnected;
    state_.rssi = heard->rssi;
    state_.ip = kStationIp;
  }
}

ports::WifiState SimNetwork::state() const {
  std::lock_guard<std::mutex> lock(mu_);
  settle();
  return state_;
}

std::vector<ports::ScannedNetwork> SimNetwork::scan() {
  // One scan at a time, like esp_wifi_scan_start (ESP_ERR_WIFI_STATE while one runs).
  std::lock_guard<std::mutex> lock(scan_mu_);
  std::this_thread::sleep_for(std::chrono::milliseconds(kScanDurationMs));
  auto out = neighbours_;
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.rssi > b.rssi; });
  return out;
}

void SimNetwork::connect(std::string_view ssid, std::string_view password) {
  std::lock_guard<std::mutex> lock(mu_);
  state_.station = ssid.empty() ? ports::StationStatus::kIdle : ports::StationStatus::kConnecting;
  state_.ssid = std::string(ssid);
  state_.rssi = 0;
  state_.ip.clear();
  pending_password_ = std::string(password);
  connect_started_ms_ = clock_.monotonic_ms();
}

bool SimNetwork::start_access_point(std::string_view ssid, std::string_view password) {
  // WPA2 needs 8..63 characters (esp_wifi refuses shorter keys); empty means open.
  if (ssid.empty() || ssid.size() > 32 ||
      (!password.empty() && (password.size() < 8 || password.size() > 63))) {
    return false;
  }
  std::lock_guard<std::mutex> lock(mu_);
  state_.ap_active = true;
  state_.ap_ssid = std::string(ssid);
  // The address the core gives the setup AP (the ESP32 adapter reports the one it was handed).
  state_.ap_ip = network::ipv4_text(network::kApAddress);
  state_.mode = ports::WifiMode::kAccessPointAndStation;
  return true;
}

void SimNetwork::stop_access_point() {
  std::lock_guard<std::mutex> lock(mu_);
  state_.ap_active = false;
  state_.ap_ssid.clear();
  state_.ap_ip.clear();
  state_.ap_clients = 0;
  state_.mode = ports::WifiMode::kStation;
}

}  // namespace printcam::host
