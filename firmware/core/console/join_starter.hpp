#pragma once
// Starting a Wi-Fi join on behalf of a text command or Improv. One implementation (the console)
// keeps the single JoinTracker, so a newer join from either side ends the older one cleanly.

#include <cstdint>
#include <optional>
#include <string>

#include "core/console/console_backend.hpp"
#include "core/console/join_tracker.hpp"

namespace printcam::console {

class JoinStarter {
 public:
  virtual ~JoinStarter() = default;
  virtual std::optional<ConsoleError> start_join(JoinOwner owner, const std::string& ssid,
                                                 const std::string& password) = 0;
};

/// The camera's UI once it is on the network: Improv's redirect URL and the `wifi` reply's "url".
inline std::string camera_url(const std::string& ip, std::uint16_t port) {
  return "http://" + ip + (port == 80 ? "" : ":" + std::to_string(port)) + "/";
}

}  // namespace printcam::console
