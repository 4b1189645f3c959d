#include "core/network/ap_lifecycle.hpp"

namespace printcam::network {

ApChange ApLifecycle::boot(std::uint64_t now_ms, bool setup_ap_enabled, bool wifi_configured) {
  booted_ = true;
  setup_ap_enabled_ = setup_ap_enabled;
  wifi_configured_ = wifi_configured;
  wifi_connected_ = false;
  wifi_down_since_ms_ = now_ms;
  if (setup_ap_enabled_ || !wifi_configured_) {
    // Rule 3's boot case: open now rather than after the grace period.
    on_ = true;
    opened_at_ms_ = now_ms;
    reason_ = wifi_configured_ ? ApReason::kJustOpened : ApReason::kWifiNotConfigured;
    return ApChange::kStart;
  }
  return ApChange::kNone;
}

ApChange ApLifecycle::set_wifi_configured(std::uint64_t now_ms, bool configured) {
  wifi_configured_ = configured;
  return update(now_ms);
}

ApChange ApLifecycle::wifi_connected(std::uint64_t now_ms) {
  wifi_connected_ = true;
  return update(now_ms);
}

ApChange ApLifecycle::wifi_lost(std::uint64_t now_ms) {
  if (wifi_connected_) {
    wifi_connected_ = false;
    wifi_down_since_ms_ = now_ms;
  }
  return update(now_ms);
}

ApChange ApLifecycle::station_joined(std::uint64_t now_ms) {
  if (on_) ++stations_;
  return update(now_ms);
}

ApChange ApLifecycle::station_left(std::uint64_t now_ms) {
  if (stations_ > 0) {
    --stations_;
    if (stations_ == 0) {
      last_station_left_ms_ = now_ms;
      forced_idle_since_ms_ = now_ms;
    }
  }
  return update(now_ms);
}

ApChange ApLifecycle::force_on(std::uint64_t now_ms) {
  forced_ = true;
  forced_idle_since_ms_ = now_ms;
  return update(now_ms);
}

ApChange ApLifecycle::release(std::uint64_t now_ms) {
  if (forced_) {
    forced_ = false;
    // The minimum on-time is for people finding a phone; whoever released it is done.
    opened_at_ms_ = now_ms >= kApMinimumOnMs ? now_ms - kApMinimumOnMs : 0;
  }
  return update(now_ms);
}

ApChange ApLifecycle::set_setup_ap_enabled(std::uint64_t now_ms, bool enabled) {
  setup_ap_enabled_ = enabled;
  return update(now_ms);
}

ApReason ApLifecycle::wanted(std::uint64_t now_ms) const {
  if (!booted_) return ApReason::kOff;
  if (forced_) return ApReason::kForced;
  if (!wifi_configured_) return ApReason::kWifiNotConfigured;
  if (!on_) {
    const bool down_long = !wifi_connected_ && elapsed(now_ms, wifi_down_since_ms_, kWifiLostGraceMs);
    return setup_ap_enabled_ && down_long ? ApReason::kWifiDown : ApReason::kOff;
  }
  if (stations_ > 0) return ApReason::kStationsOn;
  if (last_station_left_ms_ && !elapsed(now_ms, *last_station_left_ms_, kLastStationLingerMs)) {
    return ApReason::kStationsOn;
  }
  if (!setup_ap_enabled_) return ApReason::kOff;
  if (!elapsed(now_ms, opened_at_ms_, kApMinimumOnMs)) return ApReason::kJustOpened;
  return wifi_connected_ ? ApReason::kOff : ApReason::kWifiDown;
}

ApChange ApLifecycle::update(std::uint64_t now_ms) {
  if (forced_ && stations_ == 0 && elapsed(now_ms, forced_idle_since_ms_, kForcedIdleTimeoutMs)) {
    forced_ = false;
  }
  reason_ = wanted(now_ms);
  const bool want = reason_ != ApReason::kOff;
  if (want == on_) return ApChange::kNone;
  on_ = want;
  if (on_) {
    opened_at_ms_ = now_ms;
    last_station_left_ms_.reset();
    return ApChange::kStart;
  }
  stations_ = 0;  // nobody stays on a closed AP, whether or not the radio reports them leaving
  return ApChange::kStop;
}

}  // namespace printcam::network
