#include "core/net/hostname.hpp"

#include <cstdio>

namespace printcam::net {

std::string default_hostname(const std::uint8_t mac[6]) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "printcam-%02x%02x%02x", mac[3], mac[4], mac[5]);
  return buf;
}

std::string format_mac(const std::uint8_t mac[6]) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4],
                mac[5]);
  return buf;
}

}  // namespace printcam::net
