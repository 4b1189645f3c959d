#pragma once
// The setup access point's addresses, and the IPv4 helpers the captive portal needs.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace printcam::network {

using Ipv4 = std::array<std::uint8_t, 4>;

/// The setup AP's own address (gateway and DNS for its clients), in 10.83.71.0/24. Two reasons:
/// it is RFC 1918 private, so Chrome's Local Network Access treats the setup page as local (WLED's
/// 4.3.2.1 is public and is not); and no home router we know ships with it, whereas the Prusa
/// firmware's 192.168.0.1 is the LAN of many routers (issue #99: DNS, NTP and uploads broke while
/// its AP was up), as are 192.168.1/2/178.x, 10.0.0.x, 10.0.1.x and ESP-IDF's 192.168.4.x.
inline constexpr Ipv4 kApAddress{10, 83, 71, 1};
/// A /24: the ESP-IDF DHCP server hands out leases inside it (a few phones at most).
inline constexpr int kApPrefixLength = 24;

/// "10.83.71.1".
std::string ipv4_text(const Ipv4& ip);
/// Parses a dotted quad ("192.168.1.20"); nullopt for anything else (names, IPv6, "1.2.3").
std::optional<Ipv4> parse_ipv4(std::string_view text);
/// True when `ip` lies in `network`/`prefix_length`.
bool in_subnet(const Ipv4& ip, const Ipv4& network, int prefix_length);

}  // namespace printcam::network
