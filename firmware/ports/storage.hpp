#pragma once
// The optional SD card. ESP32: sdmmc in 1-bit mode (esp_vfs_fat_sdmmc_mount at "/sdcard", FAT32;
// the 4-bit bus would share GPIO4 with the flash LED on the AI-Thinker board), files through
// fopen/fwrite, free space from f_getfree. Host: a folder under --data. Paths are relative to
// the card's root and use '/' ("timelapse/photo_2026-01-01_12-00-00.jpg").

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace printcam::ports {

enum class StorageError {
  kNone,
  kAbsent,    ///< No card (or it failed to mount).
  kNotFound,  ///< read() of a file that does not exist.
  kFull,      ///< Not enough free space; nothing was written.
  kBadPath,   ///< Empty, absolute, or containing "..".
  kIo,        ///< Anything else; see platform_code.
};

struct StorageResult {
  StorageError error = StorageError::kNone;
  int platform_code = 0;  ///< errno or esp_err_t.
  bool ok() const { return error == StorageError::kNone; }
};

class Storage {
 public:
  virtual ~Storage() = default;
  virtual bool present() const = 0;
  /// Writes the whole file, creating folders on the way; a failed write leaves no partial file
  /// under `path` (the adapter writes a temporary file and renames it).
  virtual StorageResult write(std::string_view path, const std::uint8_t* data, std::size_t size) = 0;
  virtual StorageResult read(std::string_view path, std::vector<std::uint8_t>& out) = 0;
  /// Free bytes on the card; nullopt when absent.
  virtual std::optional<std::uint64_t> free_bytes() const = 0;
  /// Looks for the card again: one put in after boot, or put back after it was pulled (boards
  /// have no card-detect pin, so nothing else notices). ESP32: esp_vfs_fat_sdcard_unmount when
  /// mounted, then esp_vfs_fat_sdmmc_mount; blocks while the card answers. Host: nothing to do,
  /// the folder is the card.
  virtual void recheck() = 0;
};

}  // namespace printcam::ports
