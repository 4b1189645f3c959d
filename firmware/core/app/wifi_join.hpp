#pragma once
// Joining a Wi-Fi network on request (the serial console's `wifi` and Improv): the credentials
// are checked against the settings schema, the join runs through the StationLink, and the credentials
// are saved in network.wifi_ssid / network.wifi_password only once the join succeeded, so a typo
// never replaces a network that worked. Thread-safe.

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "core/console/console_backend.hpp"
#include "core/log/log_buffer.hpp"
#include "core/network/station_link.hpp"
#include "core/settings/settings_store.hpp"
#include "ports/network.hpp"

namespace printcam::app {

class WifiJoin {
 public:
  WifiJoin(ports::Network& network, network::StationLink& link, settings::SettingsStore& settings,
           log::LogBuffer& logs)
      : network_(network), link_(link), settings_(settings), logs_(logs) {}

  /// Refuses credentials the settings would refuse (codes as PATCH /api/settings: too_long,
  /// invalid_text...; `invalid_ssid` for an empty one); otherwise starts joining.
  std::optional<console::ConsoleError> start(const std::string& ssid, const std::string& password);
  /// Where the join is; settles it (and saves the credentials) once the network says how it ended.
  /// `http_port` goes into the state for the camera's URL.
  console::WifiState state(std::uint16_t http_port);

 private:
  /// Under the lock: ends the pending join when the station's status says it ended.
  void settle(const ports::WifiState& now);

  ports::Network& network_;
  network::StationLink& link_;
  settings::SettingsStore& settings_;
  log::LogBuffer& logs_;
  std::mutex mu_;
  bool pending_ = false;
  std::string ssid_;
  std::string password_;
  /// Why the last join failed; empty after a success.
  std::string failure_;
};

}  // namespace printcam::app
