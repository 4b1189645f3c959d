#pragma once
// What a slot holds, read from its first bytes: the version the camera reports for the running
// slot, and the previous firmware (the rollback target) for the other one.

#include <optional>

#include "core/ota/esp_image.hpp"
#include "ports/ota_slots.hpp"

namespace printcam::ota {

/// The identity of the image in `slot`, or nullopt when the slot was never written or does not
/// start with an app image.
std::optional<ImageInfo> read_slot_identity(const ports::OtaSlots& slots, int slot);

/// "pending_verify", "valid", ... for status JSON.
const char* slot_state_name(ports::SlotState state);

}  // namespace printcam::ota
