#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/api/json_sections.hpp"
#include "ports/clock.hpp"
#include "ports/network.hpp"
#include "ports/system.hpp"

namespace printcam::api {

/// The API version in /api/info: bumped when a response shape changes incompatibly, so the PWA
/// can adapt to older firmware.
inline constexpr int kApiVersion = 1;

/// What the device is called; functions because the settings can rename it at run time.
struct DeviceIdentity {
  std::function<std::string()> name;      ///< Shown to people ("Printer camera").
  std::function<std::string()> hostname;  ///< DHCP and mDNS name, without ".local".
};

/// The POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3") local time is shown in; a function because
/// the settings can change it at run time.
using TimeZoneSource = std::function<std::string()>;

/// Builds the bodies of /api/info and /api/status (also the SSE `status` event) from the ports
/// and from the sections other services register.
class DeviceStatus {
 public:
  DeviceStatus(const ports::Clock& clock, ports::System& system, ports::Network& network,
               DeviceIdentity identity, TimeZoneSource time_zone)
      : clock_(clock),
        system_(system),
        network_(network),
        identity_(std::move(identity)),
        time_zone_(std::move(time_zone)) {}

  /// Where services add "upload", "stream", "ota"... to the status.
  JsonSections& status_sections() { return status_sections_; }
  /// Where the camera adds "board" and "sensor" to the info.
  JsonSections& info_sections() { return info_sections_; }
  /// Features this firmware has ("logs", "events", "stream", "ota"), listed in /api/info.
  void add_capability(std::string name) { capabilities_.push_back(std::move(name)); }

  /// `{api, firmware:{name,version,build}, chip, mac, name, hostname, reset_reason,
  /// capabilities[], …sections}`.
  std::string info_json() const;
  /// `{uptime_s, heap:{free,min_free}, wifi:{…}, time:{synced,now,utc_offset_s,zone,dst,local},
  /// …sections}`; the local-time members are null until the clock is synced.
  std::string status_json() const;
  const DeviceIdentity& identity() const { return identity_; }

 private:
  const ports::Clock& clock_;
  ports::System& system_;
  ports::Network& network_;
  DeviceIdentity identity_;
  TimeZoneSource time_zone_;
  JsonSections status_sections_;
  JsonSections info_sections_;
  std::vector<std::string> capabilities_;
};

}  // namespace printcam::api
