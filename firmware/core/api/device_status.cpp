#include "core/api/device_status.hpp"

#include "core/json/json_escape.hpp"
#include "core/net/hostname.hpp"
#include "core/net/wifi_json.hpp"
#include "core/time/local_time.hpp"
#include "core/time/posix_tz.hpp"
#include "core/time/zone_offset.hpp"

namespace printcam::api {
namespace {

/// The firmware's product name in /api/info, so a client can tell it from other firmware.
constexpr std::string_view kFirmwareName = "printcam";

/// `"time":{…}`. Before the first sync the clock counts from 1970, so local time would be a lie:
/// its members are null. A stored zone that no longer parses (the settings refuse such text, so
/// only a damaged record) shows UTC rather than nothing.
void append_time(std::string& out, std::int64_t now, const std::string& zone_text) {
  const bool synced = now > 0;
  out += ",\"time\":{\"synced\":";
  out += synced ? "true" : "false";
  out += ",\"now\":" + std::to_string(now);
  if (!synced) {
    out += ",\"utc_offset_s\":null,\"zone\":null,\"dst\":null,\"local\":null}";
    return;
  }
  tz::TimeZone zone;
  zone.std_name = "UTC";
  if (auto parsed = tz::parse_posix_tz(zone_text)) zone = std::move(*parsed);
  const tz::ZoneState state = tz::zone_state_at(zone, now);
  out += ",\"utc_offset_s\":" + std::to_string(state.utc_offset_s) + ",\"zone\":";
  json::append_string(out, state.abbreviation);
  out += ",\"dst\":";
  out += state.dst ? "true" : "false";
  out += ",\"local\":";
  json::append_string(out, tz::format_local_time(now, state.utc_offset_s));
  out += '}';
}

}  // namespace

std::string DeviceStatus::info_json() const {
  const ports::FirmwareVersion fw = system_.firmware();
  std::uint8_t mac[6];
  system_.mac(mac);
  std::string out = "{\"api\":" + std::to_string(kApiVersion) + ",\"firmware\":{\"name\":";
  json::append_string(out, kFirmwareName);
  out += ",\"version\":";
  json::append_string(out, fw.version);
  out += ",\"build\":";
  json::append_string(out, fw.build);
  out += "},\"chip\":";
  json::append_string(out, system_.chip_model());
  out += ",\"mac\":";
  json::append_string(out, net::format_mac(mac));
  out += ",\"name\":";
  json::append_string(out, identity_.name());
  out += ",\"hostname\":";
  json::append_string(out, identity_.hostname());
  out += ",\"reset_reason\":";
  json::append_string(out, system_.reset_reason());
  out += ",\"capabilities\":[";
  for (std::size_t i = 0; i < capabilities_.size(); ++i) {
    if (i > 0) out += ',';
    json::append_string(out, capabilities_[i]);
  }
  out += ']';
  info_sections_.append_members(out);
  out += '}';
  return out;
}

std::string DeviceStatus::status_json() const {
  const std::int64_t now = clock_.unix_time();
  std::string out = "{\"uptime_s\":" + std::to_string(clock_.monotonic_ms() / 1000);
  out += ",\"heap\":{\"free\":" + std::to_string(system_.free_heap());
  out += ",\"min_free\":" + std::to_string(system_.min_free_heap()) + "},\"wifi\":";
  net::append_wifi_state(out, network_.state());
  append_time(out, now, time_zone_());
  status_sections_.append_members(out);
  out += '}';
  return out;
}

}  // namespace printcam::api
