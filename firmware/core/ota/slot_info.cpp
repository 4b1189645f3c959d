#include "core/ota/slot_info.hpp"

#include <array>

namespace printcam::ota {

std::optional<ImageInfo> read_slot_identity(const ports::OtaSlots& slots, int slot) {
  std::array<std::uint8_t, kIdentityBytes> head{};
  if (!slots.read(slot, 0, head.data(), head.size()).ok()) return std::nullopt;
  ImageInfo info;
  if (!parse_identity(head.data(), head.size(), info)) return std::nullopt;
  return info;
}

const char* slot_state_name(ports::SlotState state) {
  switch (state) {
    case ports::SlotState::kNew:
      return "new";
    case ports::SlotState::kPendingVerify:
      return "pending_verify";
    case ports::SlotState::kValid:
      return "valid";
    case ports::SlotState::kInvalid:
      return "invalid";
    case ports::SlotState::kAborted:
      return "aborted";
    case ports::SlotState::kUnknown:
      break;
  }
  return "unknown";
}

}  // namespace printcam::ota
