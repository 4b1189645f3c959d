#pragma once
// Advertises this camera and keeps the table of the others it hears; serves GET /api/peers.

#include <mutex>
#include <string>
#include <vector>

#include "core/http/router.hpp"
#include "core/peers/peer_table.hpp"
#include "ports/clock.hpp"
#include "ports/discovery.hpp"

namespace printcam::peers {

/// The "api" TXT value: the device API's major version (firmware/API.md is v1), so a peer's page
/// can tell whether it speaks to this camera's API.
inline constexpr const char* kApiVersion = "1";

class PeerService {
 public:
  /// A null `discovery` (a platform without one) leaves the table empty.
  PeerService(ports::Discovery* discovery, const ports::Clock& clock)
      : discovery_(discovery), clock_(clock) {}
  ~PeerService() { stop(); }
  PeerService(const PeerService&) = delete;
  PeerService& operator=(const PeerService&) = delete;

  /// Advertises as `hostname` (instance and host name) on `port` with TXT {version, name, api},
  /// and starts listening for the others. False without discovery or when the platform refused.
  bool start(const std::string& hostname, std::uint16_t port, const std::string& name,
             const std::string& version);
  void stop();
  /// The peers heard within kPeerExpiryMs, sorted by name.
  std::vector<Peer> peers();
  std::string peers_json();

 private:
  void on_event(const ports::DiscoveryEvent& event);

  ports::Discovery* discovery_;
  const ports::Clock& clock_;
  std::mutex mutex_;
  PeerTable table_;
  bool started_ = false;
};

/// GET /api/peers (kAdmin): {"peers":[{name,host,ip,port,version,seen_s}]}.
void register_peer_routes(http::Router& router, PeerService& service);

}  // namespace printcam::peers
