#pragma once

#include <string>
#include <vector>

#include "ports/network.hpp"

namespace printcam::net {

/// The API's names for the Wi-Fi enums: "off", "sta", "ap", "ap+sta"; "idle", "connecting",
/// "connected", "wrong_password", "no_network", "disconnected".
const char* mode_name(ports::WifiMode mode);
const char* station_name(ports::StationStatus status);

/// Appends the status object `{mode,status,connected,ssid,rssi,ip,ap:{active,ssid,ip,clients}}`.
void append_wifi_state(std::string& out, const ports::WifiState& state);

/// Appends `{"networks":[{ssid,rssi,secure,channel}]}`; hidden networks (empty ssid) are left
/// out because nobody can pick them from a list, and duplicates of one SSID (several access
/// points of a mesh) collapse to the strongest.
void append_scan(std::string& out, const std::vector<ports::ScannedNetwork>& networks);

}  // namespace printcam::net
