#pragma once
// The Storage port over the SD card: sdmmc in 1-bit mode, FAT through esp_vfs_fat_sdmmc_mount at
// /sdcard, files through stdio, free space from esp_vfs_fat_info. 1-bit because the 4-bit bus's
// D1 is GPIO4, the AI-Thinker's flash LED. The card is never formatted: a card that does not
// mount stays absent, its files untouched.

#include <sdmmc_cmd.h>

#include <atomic>

#include "generated/boards.hpp"
#include "ports/storage.hpp"

namespace printcam::esp32 {

class EspStorage final : public ports::Storage {
 public:
  static constexpr const char* kMountPoint = "/sdcard";
  /// Files open at once: one photo being written, one read by the API, and one spare.
  static constexpr int kMaxOpenFiles = 3;

  /// Mounts the card on `pins` (clk, cmd, d0; the ESP32 routes them through its IO MUX, fixed at
  /// 14, 15 and 2), which recheck() mounts again later. ESP_ERR_NOT_SUPPORTED for a board without
  /// a slot.
  esp_err_t mount(const generated::SdPins& pins);
  ~EspStorage() override;
  bool present() const override { return card_.load() != nullptr; }
  ports::StorageResult write(std::string_view path, const std::uint8_t* data, std::size_t size) override;
  ports::StorageResult read(std::string_view path, std::vector<std::uint8_t>& out) override;
  std::optional<std::uint64_t> free_bytes() const override;
  void recheck() override;

 private:
  esp_err_t mount_now();

  const generated::SdPins* pins_ = nullptr;
  /// Read by status requests while the archive's thread mounts and unmounts.
  std::atomic<sdmmc_card_t*> card_{nullptr};
};

}  // namespace printcam::esp32
