#pragma once
// When PUT /c/info is owed: after every (re)connection until one succeeds, and again whenever what
// it says changes (name, resolution, IP…). A new token or URL is a new camera in Connect, so it is
// owed then too. Pure state; the uploader sends it before the next snapshot.

#include <optional>

#include "core/connect/device_info.hpp"

namespace printcam::connect {

class InfoSync {
 public:
  /// The network came (back) up, or the token or URL changed.
  void on_reconnected() { pending_ = true; }
  bool owed(const DeviceInfo& current) const { return pending_ || !sent_ || *sent_ != current; }
  void on_sent(const DeviceInfo& info, bool ok) {
    if (!ok) return;
    pending_ = false;
    sent_ = info;
  }

 private:
  bool pending_ = true;
  std::optional<DeviceInfo> sent_;
};

}  // namespace printcam::connect
