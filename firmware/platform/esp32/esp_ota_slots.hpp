#pragma once
// The OtaSlots port over esp_ota_ops (ports/ota_slots.hpp lists the call each method makes).
// Slot n is the partition of subtype ESP_PARTITION_SUBTYPE_APP_OTA_0 + n.

#include <esp_ota_ops.h>

#include "ports/ota_slots.hpp"

namespace printcam::esp32 {

class EspOtaSlots final : public ports::OtaSlots {
 public:
  std::size_t slot_size() const override;
  int running_slot() const override;
  ports::SlotState state(int slot) const override;
  ports::OtaResult read(int slot, std::size_t offset, std::uint8_t* out, std::size_t n) const override;
  ports::OtaResult begin(std::size_t image_size) override;
  ports::OtaResult write(const std::uint8_t* data, std::size_t n) override;
  ports::OtaResult finish() override;
  void abort() override;
  ports::OtaResult set_boot_slot(int slot) override;
  ports::OtaResult mark_running_valid() override;
  ports::OtaResult rollback() override;

 private:
  esp_ota_handle_t handle_ = 0;
  bool open_ = false;
};

}  // namespace printcam::esp32
