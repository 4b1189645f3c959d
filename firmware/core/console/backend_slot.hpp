#pragma once
// A console backend that forwards to whichever backend is attached now. The simulated camera
// rebuilds every service on a reboot while its serial port lives on (as a USB-serial adapter
// does): the console keeps talking to the slot, and each boot attaches its own backend.
// A command arriving while nothing is attached (mid-reboot) waits for the next boot's backend;
// detach() waits for a call in progress, so no call ever reaches a destroyed backend.

#include <condition_variable>
#include <mutex>

#include "core/console/console_backend.hpp"

namespace printcam::console {

class BackendSlot final : public ConsoleBackend {
 public:
  /// `backend` must outlive its attachment (until detach() returns).
  void attach(ConsoleBackend& backend);
  /// Returns once no call uses the attached backend; later calls wait for attach().
  void detach();
  /// For good (the process is exiting): waiting and later calls end at once, refused.
  void close();

  std::optional<std::string> get_setting_json(const std::string& key) override;
  std::optional<ConsoleError> set_setting(const std::string& key, const std::string& value) override;
  std::string status_json() override;
  std::vector<WifiNetwork> wifi_scan() override;
  std::optional<ConsoleError> wifi_join(const std::string& ssid, const std::string& password) override;
  WifiState wifi_state() override;
  std::optional<ConsoleError> set_ap(bool on) override;
  ApInfo ap_info() override;
  DeviceInfo device_info() override;
  void reboot() override;
  std::optional<ConsoleError> factory_reset() override;

 private:
  /// Runs `call` on the attached backend, holding the lock so detach() waits for it; `closed`
  /// is returned once the slot is closed.
  template <typename Result, typename Call>
  Result with_backend(Result closed, Call call);

  std::mutex mu_;
  std::condition_variable attached_;
  ConsoleBackend* backend_ = nullptr;
  bool closed_ = false;
};

}  // namespace printcam::console
