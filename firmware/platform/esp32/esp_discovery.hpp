#pragma once
// The Discovery port over the espressif mdns component (ports/discovery.hpp lists the calls):
// advertise() → mdns_init, mdns_hostname_set, mdns_instance_name_set and mdns_service_add for
// _http._tcp and _printcam._tcp with the TXT items; browse() → a thread that every
// kDiscoveryRefreshMs asks mdns_query_ptr for _printcam._tcp and reports each answer as kFound
// and each instance no longer answering as kGone; stop() → the thread ends, then mdns_free.
// The advert of this camera is left out by hostname as well as instance name: the responder may
// rename either on a conflict, and it is this camera either way.

#include <condition_variable>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "ports/discovery.hpp"

namespace printcam::esp32 {

class EspDiscovery final : public ports::Discovery {
 public:
  /// One query's wait for answers: mDNS responders reply within a second on a quiet LAN.
  static constexpr std::uint32_t kQueryTimeoutMs = 3000;
  /// Peers one query reports at most: a print farm's worth.
  static constexpr std::size_t kMaxPeers = 32;
  /// The browse thread's stack: the query itself is small, the core's event handler is not.
  static constexpr std::size_t kBrowseStackBytes = 6 * 1024;

  ~EspDiscovery() override { stop(); }
  bool advertise(const ports::ServiceAdvert& self) override;
  void browse(std::function<void(const ports::DiscoveryEvent&)> on_event) override;
  void stop() override;

 private:
  void run();
  void query_once();

  std::mutex mutex_;
  std::condition_variable wake_;
  bool started_ = false;
  bool stopping_ = false;
  ports::ServiceAdvert self_;
  std::function<void(const ports::DiscoveryEvent&)> on_event_;
  std::set<std::string> heard_;
  std::thread thread_;
};

}  // namespace printcam::esp32
