#include "core/peers/peer_service.hpp"

namespace printcam::peers {

bool PeerService::start(const std::string& hostname, std::uint16_t port, const std::string& name,
                        const std::string& version) {
  ports::ServiceAdvert self{
      hostname, hostname, port, {{"version", version}, {"name", name}, {"api", kApiVersion}}};
  if (!discovery_ || !discovery_->advertise(self)) return false;
  discovery_->browse([this](const ports::DiscoveryEvent& event) { on_event(event); });
  started_ = true;
  return true;
}

void PeerService::stop() {
  if (!started_) return;
  discovery_->stop();
  started_ = false;
}

void PeerService::on_event(const ports::DiscoveryEvent& event) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (event.kind == ports::DiscoveryEvent::Kind::kGone) {
    table_.remove(event.service.instance);
  } else {
    table_.seen(event.service, clock_.monotonic_ms());
  }
}

std::vector<Peer> PeerService::peers() {
  std::lock_guard<std::mutex> lock(mutex_);
  table_.expire(clock_.monotonic_ms());
  return table_.list();
}

std::string PeerService::peers_json() {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::uint64_t now = clock_.monotonic_ms();
  table_.expire(now);
  return table_.to_json(now);
}

void register_peer_routes(http::Router& router, PeerService& service) {
  router.add("GET", "/api/peers", http::Access::kAdmin,
             [&service](ports::HttpRequest&, ports::HttpResponse& res) {
               res.set_status(200);
               res.add_header("Content-Type", "application/json");
               res.add_header("Cache-Control", "no-store");
               res.send(service.peers_json());
             });
}

}  // namespace printcam::peers
