#pragma once
// The simulated camera's setup AP (printcam-sim --ap): the simulated radio's access point (so
// /api/status shows it), announced on stdout; the HTTP clients on loopback play the phones on it.

#include <cstdio>
#include <string>
#include <string_view>

#include "core/crypto/password_hash.hpp"
#include "core/network/ap_control.hpp"
#include "ports/network.hpp"

namespace printcam::host {

class SimAccessPoint final : public network::ApControl {
 public:
  explicit SimAccessPoint(ports::Network& radio) : radio_(radio) {}

  bool start_ap(std::string_view ssid, std::string_view password, const network::Ipv4& address) override {
    if (!radio_.start_access_point(ssid, password)) return false;
    // The device prints the same line on its serial console, for the user to type on a phone.
    std::printf("setup AP up: ssid %.*s password %.*s address %s\n", static_cast<int>(ssid.size()),
                ssid.data(), static_cast<int>(password.size()), password.data(),
                network::ipv4_text(address).c_str());
    std::fflush(stdout);
    return true;
  }
  void stop_ap() override {
    radio_.stop_access_point();
    std::printf("setup AP down\n");
    std::fflush(stdout);
  }
  /// Loopback has no phones to count: the AP's rules treat it as empty.
  int station_count() const override { return 0; }

 private:
  ports::Network& radio_;
};

/// Twelve characters (60 bits) from an alphabet without look-alikes, as on the device.
inline std::string random_ap_password(const crypto::RandomFill& random) {
  constexpr std::string_view kAlphabet = "23456789abcdefghijkmnpqrstuvwxyz";
  std::uint8_t bytes[12];
  random(bytes, sizeof bytes);
  std::string out;
  for (const std::uint8_t b : bytes) out += kAlphabet[b % kAlphabet.size()];
  return out;
}

}  // namespace printcam::host
