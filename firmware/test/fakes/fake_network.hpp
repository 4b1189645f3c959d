#pragma once
// A Network port whose state and scan results the test sets; records connect() and
// configure_station() calls.

#include <string>
#include <vector>

#include "ports/network.hpp"

namespace printcam::fakes {

class FakeNetwork final : public ports::Network {
 public:
  ports::WifiState wifi;
  std::vector<ports::ScannedNetwork> networks;
  std::vector<std::pair<std::string, std::string>> connects;
  std::vector<ports::StationAddressing> addressings;
  /// What configure_station() answers.
  bool accept_addressing = true;

  ports::WifiState state() const override { return wifi; }
  std::vector<ports::ScannedNetwork> scan() override { return networks; }
  bool configure_station(const ports::StationAddressing& addressing) override {
    addressings.push_back(addressing);
    return accept_addressing;
  }
  void connect(std::string_view ssid, std::string_view password) override {
    connects.emplace_back(ssid, password);
    wifi.station = ssid.empty() ? ports::StationStatus::kIdle : ports::StationStatus::kConnecting;
  }
  bool start_access_point(std::string_view ssid, std::string_view) override {
    wifi.ap_active = true;
    wifi.ap_ssid = std::string(ssid);
    return true;
  }
  void stop_access_point() override { wifi.ap_active = false; }
};

}  // namespace printcam::fakes
