#pragma once

#include <cstdint>
#include <string>

namespace printcam::net {

/// "printcam-" and the last three MAC bytes in hex ("printcam-3f2a1c"): unique on a LAN, stable
/// across reboots and reflashes, and a valid DNS label for DHCP and mDNS.
std::string default_hostname(const std::uint8_t mac[6]);

/// "aa:bb:cc:dd:ee:ff".
std::string format_mac(const std::uint8_t mac[6]);

}  // namespace printcam::net
