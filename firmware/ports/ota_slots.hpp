#pragma once
// The two app slots and the boot selection, shaped after ESP-IDF's esp_ota_ops.h so the ESP32
// adapter is a translation (slot 0/1 = partitions ota_0/ota_1, the selector = otadata):
//   slot_size()          → esp_ota_get_next_update_partition(NULL)->size
//   running_slot()       → esp_ota_get_running_partition()->subtype - ESP_PARTITION_SUBTYPE_APP_OTA_0
//   state(slot)          → esp_ota_get_state_partition (ESP_OTA_IMG_PENDING_VERIFY, _VALID, ...)
//   read(slot, ...)      → esp_partition_read (the core parses the app description itself)
//   begin(size)          → esp_ota_begin(esp_ota_get_next_update_partition(NULL), size, &handle)
//   write()              → esp_ota_write
//   finish()             → esp_ota_end: the platform verifies the written image once more
//   abort()              → esp_ota_abort
//   set_boot_slot(slot)  → esp_ota_set_boot_partition: the next boot starts this slot, NEW state
//   mark_running_valid() → esp_ota_mark_app_valid_cancel_rollback
//   rollback()           → esp_ota_mark_app_invalid_rollback_and_reboot
//
// The rule the bootloader applies (CONFIG_BOOTLOADER_APP_ROLLBACK_ENABLE): a slot switched to boots
// once as PENDING_VERIFY; if the app has not marked it valid before the next boot, that boot marks
// it ABORTED and starts the previous slot. Updates always write the slot that is not running, so
// the running firmware is never touched.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace printcam::ports {

enum class OtaError : std::uint8_t {
  kOk,
  kInvalidArgument,  ///< ESP_ERR_INVALID_ARG: a bad slot, a write after the end.
  kInvalidState,     ///< ESP_ERR_INVALID_STATE / ESP_ERR_OTA_ROLLBACK_INVALID_STATE: e.g. no update open.
  kTooLarge,         ///< ESP_ERR_INVALID_SIZE: more bytes than the slot or than begin() announced.
  kInvalidImage,     ///< ESP_ERR_OTA_VALIDATE_FAILED / ESP_ERR_IMAGE_INVALID from the platform's own check.
  kFlashError,       ///< ESP_ERR_FLASH_OP_FAIL and anything else the flash reports.
};

struct OtaResult {
  OtaError error = OtaError::kOk;
  /// esp_err_t on the ESP32, errno on the host; 0 when there is none.
  int platform_code = 0;
  /// Static text for the log and for people.
  std::string_view detail;

  bool ok() const { return error == OtaError::kOk; }
};

/// esp_ota_img_states_t, plus kUnknown for a slot the selector never named (a fresh flash).
enum class SlotState : std::uint8_t { kUnknown, kNew, kPendingVerify, kValid, kInvalid, kAborted };

class OtaSlots {
 public:
  static constexpr int kSlotCount = 2;

  virtual ~OtaSlots() = default;
  /// Bytes one slot holds (both are the same size).
  virtual std::size_t slot_size() const = 0;
  /// The slot this firmware was started from.
  virtual int running_slot() const = 0;
  virtual SlotState state(int slot) const = 0;
  /// Reads `n` bytes at `offset` of a slot's raw content (whatever was last written there).
  virtual OtaResult read(int slot, std::size_t offset, std::uint8_t* out, std::size_t n) const = 0;

  /// Opens an update of the slot that is not running, erasing it for `image_size` bytes; 0 means
  /// unknown (OTA_SIZE_UNKNOWN: the whole slot is erased and finish() accepts any length).
  virtual OtaResult begin(std::size_t image_size) = 0;
  virtual OtaResult write(const std::uint8_t* data, std::size_t n) = 0;
  /// Closes the update; the platform checks the image. The boot selection is unchanged.
  virtual OtaResult finish() = 0;
  /// Drops an open update. The boot selection is unchanged. Safe without one.
  virtual void abort() = 0;
  /// The next boot starts `slot`, which must hold a finished image.
  virtual OtaResult set_boot_slot(int slot) = 0;
  /// The running firmware proved healthy: no rollback from now on.
  virtual OtaResult mark_running_valid() = 0;
  /// Marks the running firmware invalid and selects the previous slot for the next boot. The ESP32
  /// restarts at once and does not return on success; the host returns, and the caller reboots.
  virtual OtaResult rollback() = 0;
};

/// The slot that is not running: where updates go.
inline int other_slot(int slot) {
  return slot == 0 ? 1 : 0;
}

}  // namespace printcam::ports
