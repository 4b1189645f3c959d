#pragma once
// The simulated camera's Wi-Fi: a fixed list of neighbouring networks, one of which it knows the
// password of. Joining takes kConnectDelayMs, then succeeds for the known SSID and password (or
// an open network), and otherwise fails as the ESP32 would: wrong password or no such network.
// Outcomes are worked out from the clock when state() is read, so no thread is needed.

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "ports/clock.hpp"
#include "ports/network.hpp"

namespace printcam::host {

struct SimWifiConfig {
  std::string known_ssid = "PrintShop";
  std::string known_password = "printcam-test";
  /// Start joined to the known network, as a camera that was set up before (the address is the
  /// host's loopback, where the simulated camera really listens).
  bool start_connected = true;
};

class SimNetwork final : public ports::Network {
 public:
  /// Association, handshake and DHCP take about this long on a real ESP32.
  static constexpr std::uint64_t kConnectDelayMs = 1500;
  /// A real all-channel scan blocks 2–3 s; shortened so tests stay quick.
  static constexpr int kScanDurationMs = 300;

  SimNetwork(const ports::Clock& clock, SimWifiConfig config);

  ports::WifiState state() const override;
  std::vector<ports::ScannedNetwork> scan() override;
  /// Accepted and not applied: the simulated camera listens on loopback whatever its address.
  bool configure_station(const ports::StationAddressing&) override { return true; }
  void connect(std::string_view ssid, std::string_view password) override;
  bool start_access_point(std::string_view ssid, std::string_view password) override;
  void stop_access_point() override;

 private:
  /// Settles a pending connect() once its delay has passed.
  void settle() const;

  const ports::Clock& clock_;
  SimWifiConfig config_;
  std::vector<ports::ScannedNetwork> neighbours_;
  mutable std::mutex mu_;
  mutable ports::WifiState state_;
  std::string pending_password_;
  std::uint64_t connect_started_ms_ = 0;
  std::mutex scan_mu_;
};

}  // namespace printcam::host
