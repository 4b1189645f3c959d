#pragma once
// A radio for the setup AP that records what the core asked of it, with phones that join on cue.

#include <atomic>
#include <string>

#include "core/network/ap_control.hpp"

namespace printcam::fakes {

class FakeApControl final : public network::ApControl {
 public:
  bool start_ap(std::string_view ssid, std::string_view password, const network::Ipv4& address) override {
    ++starts;
    if (refuse_start) return false;
    up = true;
    last_ssid = std::string(ssid);
    last_password = std::string(password);
    last_address = address;
    return true;
  }
  void stop_ap() override {
    ++stops;
    up = false;
    stations = 0;
  }
  int station_count() const override { return stations; }

  std::atomic<bool> up{false};
  std::atomic<int> stations{0};
  std::atomic<int> starts{0};
  std::atomic<int> stops{0};
  bool refuse_start = false;
  std::string last_ssid, last_password;
  network::Ipv4 last_address{};
};

}  // namespace printcam::fakes
