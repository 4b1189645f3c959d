#include "platform/esp32/esp_ota_slots.hpp"

#include <esp_err.h>
#include <esp_image_format.h>
#include <esp_partition.h>

namespace printcam::esp32 {
namespace {

using ports::OtaError;
using ports::OtaResult;

const esp_partition_t* partition(int slot) {
  if (slot < 0 || slot >= ports::OtaSlots::kSlotCount) return nullptr;
  const auto subtype = static_cast<esp_partition_subtype_t>(ESP_PARTITION_SUBTYPE_APP_OTA_0 + slot);
  return esp_partition_find_first(ESP_PARTITION_TYPE_APP, subtype, nullptr);
}

OtaResult result(esp_err_t err) {
  if (err == ESP_OK) return {};
  OtaError e = OtaError::kFlashError;
  if (err == ESP_ERR_INVALID_ARG) e = OtaError::kInvalidArgument;
  if (err == ESP_ERR_INVALID_STATE || err == ESP_ERR_OTA_ROLLBACK_INVALID_STATE) e = OtaError::kInvalidState;
  if (err == ESP_ERR_INVALID_SIZE) e = OtaError::kTooLarge;
  if (err == ESP_ERR_OTA_VALIDATE_FAILED || err == ESP_ERR_IMAGE_INVALID) e = OtaError::kInvalidImage;
  return {e, err, esp_err_to_name(err)};
}

}  // namespace

std::size_t EspOtaSlots::slot_size() const {
  const esp_partition_t* next = esp_ota_get_next_update_partition(nullptr);
  return next != nullptr ? next->size : 0;
}

int EspOtaSlots::running_slot() const {
  return esp_ota_get_running_partition()->subtype - ESP_PARTITION_SUBTYPE_APP_OTA_0;
}

ports::SlotState EspOtaSlots::state(int slot) const {
  const esp_partition_t* p = partition(slot);
  esp_ota_img_states_t st;
  if (p == nullptr || esp_ota_get_state_partition(p, &st) != ESP_OK) return ports::SlotState::kUnknown;
  switch (st) {
    case ESP_OTA_IMG_NEW:
      return ports::SlotState::kNew;
    case ESP_OTA_IMG_PENDING_VERIFY:
      return ports::SlotState::kPendingVerify;
    case ESP_OTA_IMG_VALID:
      return ports::SlotState::kValid;
    case ESP_OTA_IMG_INVALID:
      return ports::SlotState::kInvalid;
    case ESP_OTA_IMG_ABORTED:
      return ports::SlotState::kAborted;
    default:
      return ports::SlotState::kUnknown;
  }
}

OtaResult EspOtaSlots::read(int slot, std::size_t offset, std::uint8_t* out, std::size_t n) const {
  const esp_partition_t* p = partition(slot);
  if (p == nullptr) return result(ESP_ERR_INVALID_ARG);
  return result(esp_partition_read(p, offset, out, n));
}

OtaResult EspOtaSlots::begin(std::size_t image_size) {
  abort();
  const esp_partition_t* next = esp_ota_get_next_update_partition(nullptr);
  if (next == nullptr) return result(ESP_ERR_NOT_FOUND);
  const esp_err_t err = esp_ota_begin(next, image_size == 0 ? OTA_SIZE_UNKNOWN : image_size, &handle_);
  open_ = err == ESP_OK;
  return result(err);
}

OtaResult EspOtaSlots::write(const std::uint8_t* data, std::size_t n) {
  if (!open_) return result(ESP_ERR_INVALID_STATE);
  return result(esp_ota_write(handle_, data, n));
}

OtaResult EspOtaSlots::finish() {
  if (!open_) return result(ESP_ERR_INVALID_STATE);
  open_ = false;  // esp_ota_end frees the handle whatever it returns
  return result(esp_ota_end(handle_));
}

void EspOtaSlots::abort() {
  if (open_) esp_ota_abort(handle_);
  open_ = false;
}

OtaResult EspOtaSlots::set_boot_slot(int slot) {
  const esp_partition_t* p = partition(slot);
  if (p == nullptr) return result(ESP_ERR_INVALID_ARG);
  return result(esp_ota_set_boot_partition(p));
}

OtaResult EspOtaSlots::mark_running_valid() {
  return result(esp_ota_mark_app_valid_cancel_rollback());
}

OtaResult EspOtaSlots::rollback() {
  return result(esp_ota_mark_app_invalid_rollback_and_reboot());
}

}  // namespace printcam::esp32
