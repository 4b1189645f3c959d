#include "core/net/wifi_json.hpp"

#include <algorithm>

#include "core/json/json_escape.hpp"

namespace printcam::net {

const char* mode_name(ports::WifiMode mode) {
  switch (mode) {
    case ports::WifiMode::kStation:
      return "sta";
    case ports::WifiMode::kAccessPoint:
      return "ap";
    case ports::WifiMode::kAccessPointAndStation:
      return "ap+sta";
    case ports::WifiMode::kOff:
      break;
  }
  return "off";
}

const char* station_name(ports::StationStatus status) {
  switch (status) {
    case ports::StationStatus::kConnecting:
      return "connecting";
    case ports::StationStatus::kConnected:
      return "connected";
    case ports::StationStatus::kWrongPassword:
      return "wrong_password";
    case ports::StationStatus::kNoNetwork:
      return "no_network";
    case ports::StationStatus::kDisconnected:
      return "disconnected";
    case ports::StationStatus::kIdle:
      break;
  }
  return "idle";
}

void append_wifi_state(std::string& out, const ports::WifiState& s) {
  out += "{\"mode\":\"";
  out += mode_name(s.mode);
  out += "\",\"status\":\"";
  out += station_name(s.station);
  out += "\",\"connected\":";
  out += s.station == ports::StationStatus::kConnected ? "true" : "false";
  out += ",\"ssid\":";
  json::append_string(out, s.ssid);
  out += ",\"rssi\":" + std::to_string(s.rssi) + ",\"ip\":";
  json::append_string(out, s.ip);
  out += ",\"ap\":{\"active\":";
  out += s.ap_active ? "true" : "false";
  out += ",\"ssid\":";
  json::append_string(out, s.ap_ssid);
  out += ",\"ip\":";
  json::append_string(out, s.ap_ip);
  out += ",\"clients\":" + std::to_string(s.ap_clients) + "}}";
}

void append_scan(std::string& out, const std::vector<ports::ScannedNetwork>& networks) {
  std::vector<ports::ScannedNetwork> shown;
  for (const auto& n : networks) {
    if (n.ssid.empty()) continue;
    auto same = std::find_if(shown.begin(), shown.end(), [&](const auto& s) { return s.ssid == n.ssid; });
    if (same == shown.end()) {
      shown.push_back(n);
    } else if (n.rssi > same->rssi) {
      *same = n;
    }
  }
  std::stable_sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return a.rssi > b.rssi; });
  out += "{\"networks\":[";
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"ssid\":";
    json::append_string(out, shown[i].ssid);
    out += ",\"rssi\":" + std::to_string(shown[i].rssi);
    out += ",\"secure\":";
    out += shown[i].secure ? "true" : "false";
    out += ",\"channel\":" + std::to_string(shown[i].channel) + "}";
  }
  out += "]}";
}

}  // namespace printcam::net
