#pragma once
// The setup network, composed: the AP's rules (SetupAp), the portal task (its DNS), and the
// captive portal's HTTP answers. DeviceApp builds one when the platform has an AP.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/http/router.hpp"
#include "core/network/captive_portal.hpp"
#include "core/network/portal_task.hpp"
#include "core/network/setup_ap.hpp"
#include "ports/clock.hpp"
#include "ports/udp_socket.hpp"

namespace printcam::network {

struct SetupNetworkPorts {
  ApControl& radio;
  ports::UdpSocket& dns_socket;
  /// 53 on the device; 0 asks the host for any free port.
  std::uint16_t dns_port = 53;
  std::string ap_ssid;
  std::string ap_password;
  std::function<WifiState()> wifi;
  /// See CaptivePortalConfig::on_ap. Null: clients inside the AP's subnet.
  std::function<bool(std::string_view remote)> on_ap;
};

class SetupNetwork {
 public:
  /// `setup_ap_enabled` reads network.setup_ap, `hostname` network.hostname; both are called from
  /// the portal task and HTTP threads.
  SetupNetwork(const SetupNetworkPorts& ports, const ports::Clock& clock,
               std::function<bool()> setup_ap_enabled, std::function<std::string()> hostname);

  /// Registers the probe routes, boots the AP's rules and starts the task.
  void start(http::Router& router);
  SetupAp& ap() { return ap_; }
  const CaptivePortal& portal() const { return portal_; }
  std::uint16_t dns_port() const { return task_.dns_port(); }

 private:
  SetupAp ap_;
  CaptivePortal portal_;
  PortalTask task_;
};

}  // namespace printcam::network
