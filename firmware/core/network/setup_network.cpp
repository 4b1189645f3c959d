#include "core/network/setup_network.hpp"

#include <utility>

namespace printcam::network {

SetupNetwork::SetupNetwork(const SetupNetworkPorts& ports, const ports::Clock& clock,
                           std::function<bool()> setup_ap_enabled, std::function<std::string()> hostname)
    : ap_(ports.radio, clock,
          SetupApConfig{ports.ap_ssid, ports.ap_password, kApAddress, ports.wifi,
                        std::move(setup_ap_enabled)}),
      portal_(
          CaptivePortalConfig{kApAddress, [this] { return ap_.active(); }, std::move(hostname), ports.on_ap}),
      task_(ap_, ports.dns_socket, ports.dns_port) {}

void SetupNetwork::start(http::Router& router) {
  register_captive_routes(router, portal_);
  task_.start();
}

}  // namespace printcam::network
