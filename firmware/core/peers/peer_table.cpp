#include "core/peers/peer_table.hpp"

#include <algorithm>

#include "core/json/json_writer.hpp"

namespace printcam::peers {
namespace {

std::string txt_value(const ports::TxtRecord& txt, std::string_view key) {
  for (const auto& [k, v] : txt) {
    if (k == key) return v;
  }
  return {};
}

}  // namespace

bool PeerTable::seen(const ports::DiscoveredService& service, std::uint64_t now_ms) {
  if (service.instance.empty() || service.ip.empty() || service.port == 0) return false;
  auto it = std::find_if(peers_.begin(), peers_.end(),
                         [&service](const Peer& p) { return p.instance == service.instance; });
  if (it == peers_.end()) {
    if (peers_.size() >= kMaxPeers) {
      it = std::min_element(peers_.begin(), peers_.end(),
                            [](const Peer& a, const Peer& b) { return a.last_seen_ms < b.last_seen_ms; });
    } else {
      it = peers_.insert(peers_.end(), Peer{});
    }
  }
  Peer& p = *it;
  p.instance = service.instance;
  p.name = txt_value(service.txt, "name");
  if (p.name.empty()) p.name = service.instance;
  p.host = service.hostname.empty() ? std::string() : service.hostname + ".local";
  p.ip = service.ip;
  p.port = service.port;
  p.version = txt_value(service.txt, "version");
  p.last_seen_ms = now_ms;
  return true;
}

void PeerTable::remove(const std::string& instance) {
  peers_.erase(std::remove_if(peers_.begin(), peers_.end(),
                              [&instance](const Peer& p) { return p.instance == instance; }),
               peers_.end());
}

void PeerTable::expire(std::uint64_t now_ms) {
  peers_.erase(std::remove_if(peers_.begin(), peers_.end(),
                              [now_ms](const Peer& p) {
                                return now_ms >= p.last_seen_ms && now_ms - p.last_seen_ms >= kPeerExpiryMs;
                              }),
               peers_.end());
}

std::vector<Peer> PeerTable::list() const {
  std::vector<Peer> out = peers_;
  std::sort(out.begin(), out.end(), [](const Peer& a, const Peer& b) {
    return a.name != b.name ? a.name < b.name : a.instance < b.instance;
  });
  return out;
}

std::string PeerTable::to_json(std::uint64_t now_ms) const {
  json::Writer w;
  w.begin_object().key("peers").begin_array();
  for (const Peer& p : list()) {
    const std::uint64_t age_ms = now_ms >= p.last_seen_ms ? now_ms - p.last_seen_ms : 0;
    w.begin_object()
        .key("name")
        .value(p.name)
        .key("host")
        .value(p.host)
        .key("ip")
        .value(p.ip)
        .key("port")
        .value(static_cast<int>(p.port))
        .key("version")
        .value(p.version)
        .key("seen_s")
        .value(static_cast<std::int64_t>(age_ms / 1000))
        .end_object();
  }
  w.end_array().end_object();
  return w.take();
}

}  // namespace printcam::peers
