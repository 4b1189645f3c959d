#pragma once
// The simulated camera's chip. A reboot restarts the camera inside the same process: main()
// stops the server, rebuilds every service from the data directory, and listens again on the
// same port, so a browser or test keeps its URL, exactly as with a real camera's IP. RAM state
// (login sessions, logs, uptime) starts over, as on the device.
//
// Heap: the host has no fixed heap, so the figures are those of an ESP32-CAM's heap
// (kSimulatedHeapBytes) minus what this process has allocated; they move as the camera works.

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

#include "ports/system.hpp"

namespace printcam::host {

class HostSystem final : public ports::System {
 public:
  /// About what an ESP32 with 4 MB PSRAM reports free after boot (internal RAM plus PSRAM).
  static constexpr std::size_t kSimulatedHeapBytes = 4u * 1024 * 1024 + 160u * 1024;

  /// `on_reboot` is called (once per request, from the requesting thread) to make main() restart.
  /// `version` is the running firmware's (the booted OTA slot's); empty means the package's.
  HostSystem(const std::uint8_t mac[6], std::string reset_reason, std::function<void()> on_reboot,
             std::string version = {});

  void request_reboot() override { on_reboot_(); }
  std::size_t free_heap() const override;
  std::size_t min_free_heap() const override;
  std::string chip_model() const override { return "host"; }
  void mac(std::uint8_t out[6]) const override;
  std::string reset_reason() const override { return reset_reason_; }
  ports::FirmwareVersion firmware() const override;
  void fill_random(std::uint8_t* buf, std::size_t n) override;

 private:
  std::uint8_t mac_[6];
  std::string reset_reason_;
  std::function<void()> on_reboot_;
  std::string version_;
  mutable std::mutex mu_;
  mutable std::size_t min_free_;
};

/// A locally administered MAC (02:…) derived from `seed`, so each data directory is its own camera.
void mac_from_seed(const std::string& seed, std::uint8_t out[6]);

}  // namespace printcam::host
