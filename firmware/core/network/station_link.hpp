#pragma once
// The one way the camera joins its Wi-Fi network: at boot, whenever network.wifi_* are saved
// (over HTTP or the serial console), and on an explicit join (the console's `wifi`, Improv). Each
// join first sets how the station is addressed, so a fixed address and the hostname go with it.
// Thread-safe: HTTP handlers and the console task both call it.

#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "core/log/log_buffer.hpp"
#include "ports/network.hpp"

namespace printcam::network {

class StationLink {
 public:
  /// How the station is to be addressed, read at each join (the settings may have changed).
  using Addressing = std::function<ports::StationAddressing()>;

  StationLink(ports::Network& network, log::LogBuffer& logs, Addressing addressing)
      : network_(network), logs_(logs), addressing_(std::move(addressing)) {}

  /// Joins `ssid` now, even when it is the network asked for last: the user asked again.
  void join(const std::string& ssid, const std::string& password);
  /// Makes the station follow the saved network: joins it unless it is the one asked for last,
  /// with the same password and addressing (saving the network of a join that just worked must
  /// not start that join over). An empty `ssid` leaves the network joined before, if any.
  void follow(const std::string& ssid, const std::string& password);

 private:
  struct Request {
    std::string ssid;
    std::string password;
    ports::StationAddressing addressing;
  };
  /// Under the lock.
  void start(Request request);

  ports::Network& network_;
  log::LogBuffer& logs_;
  Addressing addressing_;
  std::mutex mu_;
  /// The last network handed to the station; empty before the first join.
  std::optional<Request> last_;
};

}  // namespace printcam::network
