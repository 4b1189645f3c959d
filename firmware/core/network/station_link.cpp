#include "core/network/station_link.hpp"

#include <utility>

namespace printcam::network {

void StationLink::join(const std::string& ssid, const std::string& password) {
  std::lock_guard<std::mutex> lock(mu_);
  start(Request{ssid, password, addressing_()});
}

void StationLink::follow(const std::string& ssid, const std::string& password) {
  std::lock_guard<std::mutex> lock(mu_);
  Request wanted{ssid, ssid.empty() ? std::string() : password, addressing_()};
  if (last_) {
    if (last_->ssid == wanted.ssid && last_->password == wanted.password &&
        last_->addressing == wanted.addressing) {
      return;
    }
  } else if (ssid.empty()) {
    return;  // Nothing joined yet, nothing to leave.
  }
  start(std::move(wanted));
}

void StationLink::start(Request request) {
  if (!network_.configure_station(request.addressing)) {
    logs_.log(log::Level::kWarn, "wifi: the station refused its %s addressing; joining with the previous one",
              request.addressing.fixed ? "fixed" : "DHCP");
  }
  network_.connect(request.ssid, request.password);
  if (request.ssid.empty()) {
    logs_.log(log::Level::kInfo, "wifi: left %s", last_ ? last_->ssid.c_str() : "no network");
  } else {
    logs_.log(log::Level::kInfo, "wifi: joining %s", request.ssid.c_str());
  }
  last_ = std::move(request);
}

}  // namespace printcam::network
