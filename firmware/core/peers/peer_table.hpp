#pragma once
// The other cameras this one hears, for GET /api/peers: any camera's page can then show the rest,
// which matters because a browser cannot browse mDNS itself (reference/embedded-ui.md §8).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ports/discovery.hpp"

namespace printcam::peers {

/// A print farm's worth of cameras; beyond it the least recently heard make room (each entry is
/// a few hundred bytes of the ESP32's heap).
inline constexpr std::size_t kMaxPeers = 32;
/// Silent this long and a peer is dropped: three refreshes missed, not one lost packet.
inline constexpr std::uint64_t kPeerExpiryMs = 3 * ports::kDiscoveryRefreshMs;

struct Peer {
  std::string instance;  ///< The key: unique on the LAN (mDNS resolves conflicts).
  std::string name;      ///< system.name, from TXT "name"; the instance when absent.
  std::string host;      ///< "<hostname>.local"
  std::string ip;
  std::uint16_t port = 0;
  std::string version;  ///< Firmware version, from TXT "version".
  std::uint64_t last_seen_ms = 0;
};

/// Not thread-safe: PeerService guards it.
class PeerTable {
 public:
  /// Adds or refreshes the peer with `service.instance`. Returns false (and changes nothing) for a
  /// service that cannot be a peer: no instance, no address or no port.
  bool seen(const ports::DiscoveredService& service, std::uint64_t now_ms);
  void remove(const std::string& instance);
  /// Drops peers silent for kPeerExpiryMs.
  void expire(std::uint64_t now_ms);
  /// Sorted by name, then instance.
  std::vector<Peer> list() const;
  /// {"peers":[{name,host,ip,port,version,seen_s}]} (API.md), seen_s counted to `now_ms`.
  std::string to_json(std::uint64_t now_ms) const;

 private:
  std::vector<Peer> peers_;
};

}  // namespace printcam::peers
