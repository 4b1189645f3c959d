#pragma once
// The setup access point's name and password, derived from the board, so every camera has its
// own and the PWA can show them after provisioning (a shared default like the Prusa firmware's
// "12345678" lets anyone in range onto every camera's AP).
//
// SSID: "printcam-" + the last three bytes of the MAC in lower-case hex ("printcam-a1b2c3"): the
//   MAC is public anyway (it is the AP's BSSID), and it tells cameras apart in a Wi-Fi list.
// Password: 12 characters, 60 bits, from "23456789abcdefghijkmnpqrstuvwxyz" (no 0/o, 1/l):
//   h = FNV-1a-64 over the bytes of "printcam-ap-v1" then the secret id's bytes;
//   x = splitmix64(h); character k (k = 0..11) = alphabet[(x >> 5k) & 31].
//   This is a derivation, not a key-derivation function: the secret is only as good as the id.
//   So `secret_id` must NOT be the MAC (anyone near could compute the password from the BSSID):
//   on the ESP32 pass 16 random bytes made once at first boot and kept in NVS (or the S3's eFuse
//   OPTIONAL_UNIQUE_ID); a factory reset that keeps them keeps the password printed for the user.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace printcam::network {

using Mac = std::array<std::uint8_t, 6>;

std::string ap_ssid(const Mac& mac);
std::string ap_password(const std::vector<std::uint8_t>& secret_id);

}  // namespace printcam::network
