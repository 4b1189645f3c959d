#include "platform/esp32/esp_discovery.hpp"

#include <esp_pthread.h>
#include <mdns.h>

#include <chrono>
#include <vector>

namespace printcam::esp32 {
namespace {

constexpr const char* kProto = "_tcp";

ports::DiscoveredService service_of(const mdns_result_t& r) {
  ports::DiscoveredService s;
  s.instance = r.instance_name != nullptr ? r.instance_name : "";
  s.hostname = r.hostname != nullptr ? r.hostname : "";
  s.port = r.port;
  for (const mdns_ip_addr_t* a = r.addr; a != nullptr; a = a->next) {
    if (a->addr.type != ESP_IPADDR_TYPE_V4) continue;
    char buf[16];
    if (esp_ip4addr_ntoa(&a->addr.u_addr.ip4, buf, sizeof buf) != nullptr) s.ip = buf;
    break;
  }
  for (std::size_t i = 0; i < r.txt_count; ++i) {
    const char* value = r.txt[i].value;
    const std::size_t len = r.txt_value_len != nullptr ? r.txt_value_len[i] : 0;
    s.txt.emplace_back(r.txt[i].key, value != nullptr ? std::string(value, len) : std::string());
  }
  return s;
}

}  // namespace

bool EspDiscovery::advertise(const ports::ServiceAdvert& self) {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!started_ && mdns_init() != ESP_OK) return false;
  started_ = true;
  self_ = self;
  std::vector<mdns_txt_item_t> txt;
  for (const auto& [key, value] : self_.txt) txt.push_back({key.c_str(), value.c_str()});
  const char* instance = self_.instance.c_str();
  // Services are replaced whole, so a changed name, port or TXT never leaves a stale one behind.
  return mdns_service_remove_all() == ESP_OK && mdns_hostname_set(self_.hostname.c_str()) == ESP_OK &&
         mdns_instance_name_set(instance) == ESP_OK &&
         mdns_service_add(instance, "_http", kProto, self_.port, txt.data(), txt.size()) == ESP_OK &&
         mdns_service_add(instance, ports::kPrintcamService, kProto, self_.port, txt.data(), txt.size()) ==
             ESP_OK;
}

void EspDiscovery::browse(std::function<void(const ports::DiscoveryEvent&)> on_event) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (thread_.joinable()) return;
    on_event_ = std::move(on_event);
    stopping_ = false;
  }
  // The pthread configuration belongs to the calling task: set for this thread, then put back.
  esp_pthread_cfg_t before = esp_pthread_get_default_config();
  esp_pthread_get_cfg(&before);
  esp_pthread_cfg_t cfg = before;
  cfg.stack_size = kBrowseStackBytes;
  cfg.thread_name = "mdns_browse";
  esp_pthread_set_cfg(&cfg);
  thread_ = std::thread([this] { run(); });
  esp_pthread_set_cfg(&before);
}

void EspDiscovery::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    query_once();
    lock.lock();
    wake_.wait_for(lock, std::chrono::milliseconds(ports::kDiscoveryRefreshMs), [this] { return stopping_; });
  }
}

void EspDiscovery::query_once() {
  mdns_result_t* results = nullptr;
  if (mdns_query_ptr(ports::kPrintcamService, kProto, kQueryTimeoutMs, kMaxPeers, &results) != ESP_OK) return;
  std::vector<ports::DiscoveredService> found;
  for (const mdns_result_t* r = results; r != nullptr; r = r->next) {
    if (r->instance_name != nullptr) found.push_back(service_of(*r));
  }
  mdns_query_results_free(results);

  std::unique_lock<std::mutex> lock(mutex_);
  std::set<std::string> now;
  std::vector<ports::DiscoveryEvent> events;
  for (ports::DiscoveredService& s : found) {
    if (s.instance == self_.instance || s.hostname == self_.hostname) continue;
    now.insert(s.instance);
    events.push_back({ports::DiscoveryEvent::Kind::kFound, std::move(s)});
  }
  for (const std::string& gone : heard_) {
    if (now.count(gone) == 0) events.push_back({ports::DiscoveryEvent::Kind::kGone, {gone, "", "", 0, {}}});
  }
  heard_ = std::move(now);
  const auto on_event = on_event_;
  lock.unlock();
  for (const ports::DiscoveryEvent& e : events) on_event(e);
}

void EspDiscovery::stop() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  const std::lock_guard<std::mutex> lock(mutex_);
  heard_.clear();
  if (started_) mdns_free();
  started_ = false;
}

}  // namespace printcam::esp32
