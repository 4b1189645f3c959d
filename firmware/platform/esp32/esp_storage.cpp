#include "platform/esp32/esp_storage.hpp"

#include <driver/sdmmc_host.h>
#include <esp_vfs_fat.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>

#include "core/util/relative_path.hpp"

namespace printcam::esp32 {
namespace {

using ports::StorageError;
using ports::StorageResult;

/// Allocation unit for a card formatted elsewhere is the card's own; this only matters to
/// esp_vfs_fat_sdmmc_mount when it formats, which it is told never to do.
constexpr std::size_t kAllocationUnit = 16 * 1024;

StorageResult io_error(int err) {
  if (err == ENOSPC) return {StorageError::kFull, err};
  if (err == ENOENT) return {StorageError::kNotFound, err};
  return {StorageError::kIo, err};
}

/// Creates every folder on the way to `rel` below the mount point.
bool make_parents(std::string_view rel) {
  for (std::size_t slash = rel.find('/'); slash != std::string_view::npos; slash = rel.find('/', slash + 1)) {
    const std::string dir = std::string(EspStorage::kMountPoint) + "/" + std::string(rel.substr(0, slash));
    if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return false;
  }
  return true;
}

}  // namespace

esp_err_t EspStorage::mount(const generated::SdPins& pins) {
  if (pins.clk == generated::kNoPin) return ESP_ERR_NOT_SUPPORTED;
  pins_ = &pins;
  return mount_now();
}

esp_err_t EspStorage::mount_now() {
  sdmmc_host_t host = SDMMC_HOST_DEFAULT();
  host.flags &= ~(SDMMC_HOST_FLAG_4BIT | SDMMC_HOST_FLAG_8BIT | SDMMC_HOST_FLAG_DDR);
  sdmmc_slot_config_t slot = SDMMC_SLOT_CONFIG_DEFAULT();
  slot.width = 1;
#if SOC_SDMMC_USE_GPIO_MATRIX
  const generated::SdPins& pins = *pins_;
  slot.clk = static_cast<gpio_num_t>(pins.clk);
  slot.cmd = static_cast<gpio_num_t>(pins.cmd);
  slot.d0 = static_cast<gpio_num_t>(pins.d0);
#endif
  // The camera boards have no pull-up resistors on the SD lines.
  slot.flags |= SDMMC_SLOT_FLAG_INTERNAL_PULLUP;
  esp_vfs_fat_mount_config_t config{};
  config.format_if_mount_failed = false;
  config.max_files = kMaxOpenFiles;
  config.allocation_unit_size = kAllocationUnit;
  sdmmc_card_t* card = nullptr;
  const esp_err_t err = esp_vfs_fat_sdmmc_mount(kMountPoint, &host, &slot, &config, &card);
  if (err == ESP_OK) card_.store(card);
  return err;
}

void EspStorage::recheck() {
  if (pins_ == nullptr) return;
  // A pulled card leaves a stale mount behind: drop it before mounting whatever is in the slot.
  if (sdmmc_card_t* old = card_.exchange(nullptr)) esp_vfs_fat_sdcard_unmount(kMountPoint, old);
  mount_now();
}

EspStorage::~EspStorage() {
  if (sdmmc_card_t* card = card_.exchange(nullptr)) esp_vfs_fat_sdcard_unmount(kMountPoint, card);
}

StorageResult EspStorage::write(std::string_view path, const std::uint8_t* data, std::size_t size) {
  if (!present()) return {StorageError::kAbsent, ESP_ERR_NOT_FOUND};
  if (!util::is_safe_relative_path(path)) return {StorageError::kBadPath, EINVAL};
  if (!make_parents(path)) return io_error(errno);
  const std::string target = std::string(kMountPoint) + "/" + std::string(path);
  const std::string temp = target + ".partial";
  FILE* f = std::fopen(temp.c_str(), "wb");
  if (f == nullptr) return io_error(errno);
  const bool written = std::fwrite(data, 1, size, f) == size && std::fflush(f) == 0 && fsync(fileno(f)) == 0;
  const int err = errno;
  const bool closed = std::fclose(f) == 0;
  // FAT's rename refuses an existing target: the old file goes first, the new one is complete.
  if (!written || !closed || (unlink(target.c_str()) != 0 && errno != ENOENT) ||
      std::rename(temp.c_str(), target.c_str()) != 0) {
    const int failure = written ? errno : err;
    unlink(temp.c_str());
    return io_error(failure);
  }
  return {};
}

StorageResult EspStorage::read(std::string_view path, std::vector<std::uint8_t>& out) {
  if (!present()) return {StorageError::kAbsent, ESP_ERR_NOT_FOUND};
  if (!util::is_safe_relative_path(path)) return {StorageError::kBadPath, EINVAL};
  const std::string full = std::string(kMountPoint) + "/" + std::string(path);
  FILE* f = std::fopen(full.c_str(), "rb");
  if (f == nullptr) return io_error(errno);
  out.clear();
  std::uint8_t buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.insert(out.end(), buf, buf + n);
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  std::fclose(f);
  return failed ? io_error(err) : StorageResult{};
}

std::optional<std::uint64_t> EspStorage::free_bytes() const {
  if (!present()) return std::nullopt;
  std::uint64_t total = 0;
  std::uint64_t free = 0;
  if (esp_vfs_fat_info(kMountPoint, &total, &free) != ESP_OK) return std::nullopt;
  return free;
}

}  // namespace printcam::esp32
