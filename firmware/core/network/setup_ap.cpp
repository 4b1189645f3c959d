#include "core/network/setup_ap.hpp"

#include <utility>

namespace printcam::network {

SetupAp::SetupAp(ApControl& radio, const ports::Clock& clock, SetupApConfig config)
    : radio_(radio), clock_(clock), config_(std::move(config)) {}

void SetupAp::boot() {
  std::lock_guard<std::mutex> lock(mutex_);
  wifi_ = config_.wifi ? config_.wifi() : WifiState{};
  setup_ap_enabled_ = config_.setup_ap_enabled ? config_.setup_ap_enabled() : true;
  apply(lifecycle_.boot(clock_.monotonic_ms(), setup_ap_enabled_, wifi_.configured));
}

void SetupAp::tick() {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::uint64_t now = clock_.monotonic_ms();
  // Phones first: one on the AP must count before a change elsewhere can close it.
  if (radio_on_) {
    const int stations = radio_.station_count();
    while (radio_on_ && stations_ < stations) {
      ++stations_;
      apply(lifecycle_.station_joined(now));
    }
    while (radio_on_ && stations_ > stations) {
      --stations_;
      apply(lifecycle_.station_left(now));
    }
  }
  const WifiState wifi = config_.wifi ? config_.wifi() : WifiState{};
  if (wifi.configured != wifi_.configured) apply(lifecycle_.set_wifi_configured(now, wifi.configured));
  if (wifi.connected && !wifi_.connected) apply(lifecycle_.wifi_connected(now));
  if (!wifi.connected && wifi_.connected) apply(lifecycle_.wifi_lost(now));
  wifi_ = wifi;
  const bool enabled = config_.setup_ap_enabled ? config_.setup_ap_enabled() : true;
  if (enabled != setup_ap_enabled_) apply(lifecycle_.set_setup_ap_enabled(now, enabled));
  setup_ap_enabled_ = enabled;
  apply(lifecycle_.tick(now));
}

void SetupAp::force_on() {
  std::lock_guard<std::mutex> lock(mutex_);
  apply(lifecycle_.force_on(clock_.monotonic_ms()));
}

void SetupAp::release() {
  std::lock_guard<std::mutex> lock(mutex_);
  apply(lifecycle_.release(clock_.monotonic_ms()));
}

bool SetupAp::active() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return radio_on_;
}

ApReason SetupAp::reason() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return lifecycle_.reason();
}

void SetupAp::apply(ApChange change) {
  // A radio that refused to start is retried on the next tick while the rules still want it up.
  if (change == ApChange::kNone && lifecycle_.ap_on() && !radio_on_) change = ApChange::kStart;
  if (change == ApChange::kStart) {
    radio_on_ = radio_.start_ap(config_.ssid, config_.password, config_.address);
    stations_ = 0;
  } else if (change == ApChange::kStop) {
    radio_.stop_ap();
    radio_on_ = false;
    stations_ = 0;
  }
}

}  // namespace printcam::network
