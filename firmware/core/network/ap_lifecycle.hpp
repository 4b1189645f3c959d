#pragma once
// When the setup access point is up: a pure state machine over events and ticks, no I/O.
//
// The rules, in the order they are checked:
// 1. Forced on (serial console `ap on`, the button): up until release(), or until nobody has been
//    on it for kForcedIdleTimeoutMs. Forcing works whatever network.setup_ap says: it is the way
//    back in when Wi-Fi fails with the AP disabled (the Prusa firmware had none, its issue #99).
// 2. No Wi-Fi configured: up, whatever network.setup_ap says, since nothing else can reach a camera
//    that knows no network.
// 3. Closed: it opens when network.setup_ap is on and Wi-Fi has been down for kWifiLostGraceMs
//    (lost, or never connected since boot). At boot it opens at once when network.setup_ap is on.
// 4. Open: it stays while a phone is on it, and for kLastStationLingerMs after the last one left;
//    then, with network.setup_ap on, for kApMinimumOnMs after it opened and while Wi-Fi is down.
//    Otherwise it closes: "5 minutes after boot, when Wi-Fi is configured and connected and nobody
//    is on the AP".

#include <cstdint>
#include <optional>

namespace printcam::network {

/// The AP stays up at least this long once it opens, so there is time to find a phone and join
/// (the Prusa firmware's STA_AP_MODE_TIMEOUT, and the five-minute rule).
inline constexpr std::uint64_t kApMinimumOnMs = 5 * 60 * 1000;
/// Wi-Fi must be down this long before the AP comes back: the station reconnects on its own, and
/// a home router takes one to three minutes to reboot; a blip should not open an AP.
inline constexpr std::uint64_t kWifiLostGraceMs = 2 * 60 * 1000;
/// The AP waits this long after the last phone leaves: iOS drops the AP whenever its sign-in sheet
/// closes, and the user rejoins to finish.
inline constexpr std::uint64_t kLastStationLingerMs = 60 * 1000;
/// A forced AP nobody joins closes after this long, so a forgotten button press does not leave an
/// AP open for days.
inline constexpr std::uint64_t kForcedIdleTimeoutMs = 15 * 60 * 1000;

/// Why the AP is up (kOff while it is not), for the status API and logs.
enum class ApReason { kOff, kForced, kWifiNotConfigured, kStationsOn, kJustOpened, kWifiDown };

/// What the caller must do to the radio after an event.
enum class ApChange { kNone, kStart, kStop };

class ApLifecycle {
 public:
  /// `setup_ap_enabled` is network.setup_ap; `wifi_configured`: a network is stored.
  ApChange boot(std::uint64_t now_ms, bool setup_ap_enabled, bool wifi_configured);
  ApChange set_wifi_configured(std::uint64_t now_ms, bool configured);
  ApChange wifi_connected(std::uint64_t now_ms);
  /// The link dropped. The station keeps retrying; the grace period counts from this moment.
  ApChange wifi_lost(std::uint64_t now_ms);
  /// A connect attempt failed (wrong password, no such network). Like a loss: a later failure
  /// does not restart the grace period, and one before any connection counts from boot.
  ApChange wifi_failed(std::uint64_t now_ms) { return wifi_lost(now_ms); }
  ApChange station_joined(std::uint64_t now_ms);
  ApChange station_left(std::uint64_t now_ms);
  ApChange force_on(std::uint64_t now_ms);
  /// Ends forcing; the rules above then apply at once, without the five-minute minimum.
  ApChange release(std::uint64_t now_ms);
  ApChange set_setup_ap_enabled(std::uint64_t now_ms, bool enabled);
  ApChange tick(std::uint64_t now_ms) { return update(now_ms); }

  bool ap_on() const { return on_; }
  ApReason reason() const { return reason_; }
  bool forced() const { return forced_; }
  int stations() const { return stations_; }

 private:
  ApChange update(std::uint64_t now_ms);
  ApReason wanted(std::uint64_t now_ms) const;
  static bool elapsed(std::uint64_t now_ms, std::uint64_t since_ms, std::uint64_t span_ms) {
    return now_ms >= since_ms && now_ms - since_ms >= span_ms;
  }

  bool booted_ = false;
  bool on_ = false;
  ApReason reason_ = ApReason::kOff;
  bool setup_ap_enabled_ = true;
  bool wifi_configured_ = false;
  bool wifi_connected_ = false;
  bool forced_ = false;
  int stations_ = 0;
  std::uint64_t opened_at_ms_ = 0;
  std::uint64_t wifi_down_since_ms_ = 0;
  std::uint64_t forced_idle_since_ms_ = 0;
  std::optional<std::uint64_t> last_station_left_ms_;
};

}  // namespace printcam::network
