#pragma once
// Cameras finding each other on the LAN. ESP32: the espressif mdns component (esp-protocols):
// advertise() → mdns_hostname_set(hostname) + mdns_service_add(instance, "_http", "_tcp", port) +
// mdns_service_add(instance, kPrintcamService, "_tcp", port, txt, n); browse() → a task that every
// kDiscoveryRefreshMs runs mdns_query_ptr(kPrintcamService, "_tcp", timeout, max, &results) and
// reports each result (instance_name, hostname, addr → ip, port, txt) as kFound, and kGone for
// instances that stopped answering (or mdns_browse_new's notifier, where the component has it);
// stop() → mdns_free.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace printcam::ports {

/// The DNS-SD service type every printcam advertises beside _http._tcp.
inline constexpr const char* kPrintcamService = "_printcam";
/// Adapters report every peer they still hear at least this often, so the core can expire the
/// silent ones (mDNS's own TTLs are 120 s for addresses and 75 min for services: too slow).
inline constexpr std::uint64_t kDiscoveryRefreshMs = 60 * 1000;

using TxtRecord = std::vector<std::pair<std::string, std::string>>;

/// This camera, as it advertises itself.
struct ServiceAdvert {
  std::string instance;  ///< Unique on the LAN; the adapter may add a suffix on a conflict.
  std::string hostname;  ///< Without ".local".
  std::uint16_t port = 80;
  TxtRecord txt;  ///< version, name, api
};

/// Another camera, as heard.
struct DiscoveredService {
  std::string instance;
  std::string hostname;
  std::string ip;  ///< IPv4, dotted.
  std::uint16_t port = 0;
  TxtRecord txt;
};

struct DiscoveryEvent {
  enum class Kind { kFound, kGone } kind = Kind::kFound;
  DiscoveredService service;
};

class Discovery {
 public:
  virtual ~Discovery() = default;
  /// Starts advertising (again, with new details). False when the platform refused.
  virtual bool advertise(const ServiceAdvert& self) = 0;
  /// Starts browsing for kPrintcamService; events arrive on the adapter's own thread. The adapter
  /// leaves out this camera's own advert (it alone knows the instance name a conflict gave it).
  virtual void browse(std::function<void(const DiscoveryEvent&)> on_event) = 0;
  /// Stops both, withdrawing the advert; no event arrives after it returns.
  virtual void stop() = 0;
};

}  // namespace printcam::ports
