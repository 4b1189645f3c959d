#pragma once
// The simulated camera's OTA: file-backed slots under --data (booted when this is built, so the
// running firmware is the selected slot's), the manager and the URL downloader over a host HTTP
// client. The simulator checks a slot at boot with the same image checks an upload passes, as
// the ESP32 bootloader verifies the image it is about to start.

#include <functional>
#include <string>

#include "core/ota/ota_download.hpp"
#include "core/ota/ota_manager.hpp"
#include "generated/boards.hpp"
#include "platform/host/file_ota_slots.hpp"
#include "platform/host/posix_http_client.hpp"
#include "ports/clock.hpp"

namespace printcam::host {

/// One app slot's size: ota_0 and ota_1 in firmware/partitions.csv are 0x1F0000 bytes.
inline constexpr std::size_t kSimSlotBytes = 0x1F0000;

struct SimOtaConfig {
  std::string data_dir;
  const generated::BoardInfo* board = nullptr;
  std::string builtin_version;
  std::function<void()> reboot;
  std::function<bool()> healthy;
};

class SimOta {
 public:
  SimOta(const SimOtaConfig& config, const ports::Clock& clock);
  ota::OtaManager& manager() { return manager_; }
  ota::OtaDownloader& downloader() { return downloader_; }
  FileOtaSlots& slots() { return slots_; }

 private:
  FileOtaSlots slots_;
  PosixHttpClient http_;
  ota::OtaManager manager_;
  ota::OtaDownloader downloader_;
};

}  // namespace printcam::host
