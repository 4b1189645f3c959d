#pragma once
// The camera's Prusa Connect fingerprint. Connect binds a token to the fingerprint sent with the
// first snapshot, so a camera that changes its fingerprint loses its token. We derive it exactly as
// the Prusa ESP32-CAM firmware does (cfg.cpp Configuration::GetFingerprint with ArduinoUniqueID
// 1.3.0 on arduino-esp32 3.x), so a board moved from that firmware to ours keeps a working token:
//
//   base64( decimal(id[0]) decimal(id[1]) … decimal(id[5]) + " " + "AA:BB:CC:DD:EE:FF" )
//
// where id is ArduinoUniqueID's ESP32 id: the six bytes of the factory (eFuse) base MAC in order
// (esp_efuse_mac_get_default), each printed as a decimal number without padding or separators, and
// the second part is WiFi.macAddress(): the station MAC as upper-case hex pairs joined by ':'.
// Both come from eFuse, so the value is stable for the life of the board, across upgrades and
// factory resets. The result is 32–48 base64 characters, inside Connect's 16–64.

#include <array>
#include <cstdint>
#include <string>

namespace printcam::connect {

using MacAddress = std::array<std::uint8_t, 6>;

/// `unique_id`: the eFuse base MAC; `wifi_mac`: the station MAC (equal to it on the ESP32).
std::string derive_fingerprint(const MacAddress& unique_id, const MacAddress& wifi_mac);

/// "AA:BB:CC:DD:EE:FF", the format of Arduino's WiFi.macAddress() and of /c/info's wifi_mac.
std::string format_mac(const MacAddress& mac);

}  // namespace printcam::connect
