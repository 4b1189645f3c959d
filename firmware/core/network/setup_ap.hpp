#pragma once
// The setup access point as a service: ApLifecycle's decisions applied to the radio. tick() polls
// the station side, the AP's clients and network.setup_ap, turning changes into the lifecycle's
// events. Thread-safe: the portal task ticks it while the console and the button force it.

#include <functional>
#include <mutex>
#include <string>

#include "core/network/ap_control.hpp"
#include "core/network/ap_lifecycle.hpp"
#include "ports/clock.hpp"

namespace printcam::network {

struct SetupApConfig {
  std::string ssid;
  std::string password;
  Ipv4 address = kApAddress;
  std::function<WifiState()> wifi;
  std::function<bool()> setup_ap_enabled;
};

class SetupAp {
 public:
  SetupAp(ApControl& radio, const ports::Clock& clock, SetupApConfig config);

  /// Reads the inputs once and opens the AP when the rules say so.
  void boot();
  void tick();
  /// The serial console's `ap on` and the button.
  void force_on();
  /// The serial console's `ap off`.
  void release();

  /// True while the AP is open on the radio.
  bool active() const;
  ApReason reason() const;
  const Ipv4& address() const { return config_.address; }

 private:
  void apply(ApChange change);

  ApControl& radio_;
  const ports::Clock& clock_;
  SetupApConfig config_;
  mutable std::mutex mutex_;
  ApLifecycle lifecycle_;
  WifiState wifi_;
  bool setup_ap_enabled_ = true;
  int stations_ = 0;
  bool radio_on_ = false;
};

}  // namespace printcam::network
