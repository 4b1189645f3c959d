#include "core/connect/device_info.hpp"

#include "core/json/json_escape.hpp"

namespace printcam::connect {
namespace {

std::string camera_name(const std::string& name) {
  if (name.empty()) return "printcam";
  if (name.size() <= kMaxCameraNameLength) return name;
  std::size_t cut = kMaxCameraNameLength;
  // Step back over UTF-8 continuation bytes (10xxxxxx) so no character is split.
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return name.substr(0, cut);
}

void field(std::string& out, bool& first, const char* key, const std::string& value) {
  if (value.empty()) return;
  if (!first) out += ',';
  first = false;
  json::append_string(out, key);
  out += ':';
  json::append_string(out, value);
}

}  // namespace

std::string info_json(const DeviceInfo& info) {
  std::string out = "{\"config\":{";
  bool first = true;
  field(out, first, "name", camera_name(info.name));
  field(out, first, "firmware", info.firmware);
  field(out, first, "manufacturer", info.manufacturer);
  field(out, first, "model", info.model);
  if (info.width > 0 && info.height > 0) {
    out += ",\"resolution\":{\"width\":" + std::to_string(info.width) +
           ",\"height\":" + std::to_string(info.height) + "}";
  }
  std::string net;
  bool net_first = true;
  field(net, net_first, "wifi_mac", info.wifi_mac);
  field(net, net_first, "wifi_ipv4", info.wifi_ipv4);
  field(net, net_first, "wifi_ssid", info.wifi_ssid);
  if (!net.empty()) out += ",\"network_info\":{" + net + "}";
  out += "}}";
  return out;
}

}  // namespace printcam::connect
