#include "core/console/backend_slot.hpp"

namespace printcam::console {
namespace {

/// What every refusable command says once the slot is closed.
ConsoleError shutting_down() {
  return {"shutting_down", "the camera is shutting down"};
}

}  // namespace

void BackendSlot::attach(ConsoleBackend& backend) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    backend_ = &backend;
  }
  attached_.notify_all();
}

void BackendSlot::detach() {
  std::lock_guard<std::mutex> lock(mu_);
  backend_ = nullptr;
}

void BackendSlot::close() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    backend_ = nullptr;
  }
  attached_.notify_all();
}

template <typename Result, typename Call>
Result BackendSlot::with_backend(Result closed, Call call) {
  std::unique_lock<std::mutex> lock(mu_);
  attached_.wait(lock, [this] { return backend_ != nullptr || closed_; });
  if (closed_) return closed;
  return call(*backend_);
}

// Once closed, the process is exiting and nobody reads the replies: the fallbacks only let the
// console's thread finish.
std::optional<std::string> BackendSlot::get_setting_json(const std::string& key) {
  return with_backend(std::optional<std::string>(),
                      [&](ConsoleBackend& b) { return b.get_setting_json(key); });
}

std::optional<ConsoleError> BackendSlot::set_setting(const std::string& key, const std::string& value) {
  return with_backend(std::optional<ConsoleError>(shutting_down()),
                      [&](ConsoleBackend& b) { return b.set_setting(key, value); });
}

std::string BackendSlot::status_json() {
  return with_backend(std::string("{}"), [](ConsoleBackend& b) { return b.status_json(); });
}

std::vector<WifiNetwork> BackendSlot::wifi_scan() {
  return with_backend(std::vector<WifiNetwork>(), [](ConsoleBackend& b) { return b.wifi_scan(); });
}

std::optional<ConsoleError> BackendSlot::wifi_join(const std::string& ssid, const std::string& password) {
  return with_backend(std::optional<ConsoleError>(shutting_down()),
                      [&](ConsoleBackend& b) { return b.wifi_join(ssid, password); });
}

WifiState BackendSlot::wifi_state() {
  return with_backend(WifiState{WifiPhase::Failed, "", 80, shutting_down().message},
                      [](ConsoleBackend& b) { return b.wifi_state(); });
}

std::optional<ConsoleError> BackendSlot::set_ap(bool on) {
  return with_backend(std::optional<ConsoleError>(shutting_down()),
                      [on](ConsoleBackend& b) { return b.set_ap(on); });
}

ApInfo BackendSlot::ap_info() {
  return with_backend(ApInfo{}, [](ConsoleBackend& b) { return b.ap_info(); });
}

DeviceInfo BackendSlot::device_info() {
  return with_backend(DeviceInfo{}, [](ConsoleBackend& b) { return b.device_info(); });
}

void BackendSlot::reboot() {
  with_backend(0, [](ConsoleBackend& b) {
    b.reboot();
    return 0;
  });
}

std::optional<ConsoleError> BackendSlot::factory_reset() {
  return with_backend(std::optional<ConsoleError>(shutting_down()),
                      [](ConsoleBackend& b) { return b.factory_reset(); });
}

}  // namespace printcam::console
