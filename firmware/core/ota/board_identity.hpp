#pragma once
// What an image must say to run on this board: its chip id and its board id (esp_image.hpp).

#include "core/ota/image_checker.hpp"
#include "generated/boards.hpp"

namespace printcam::ota {

inline std::uint16_t chip_id_of(generated::Chip chip) {
  return chip == generated::Chip::kEsp32s3 ? kChipIdEsp32s3 : kChipIdEsp32;
}

/// The manifest's chipFamily for the chip (boards.json "chips.*.chipFamily").
inline const char* chip_family_of(generated::Chip chip) {
  return chip == generated::Chip::kEsp32s3 ? "ESP32-S3" : "ESP32";
}

inline ImageExpectations expectations_for(const generated::BoardInfo& board) {
  ImageExpectations e;
  e.chip_id = chip_id_of(board.chip);
  e.board = board.id;
  return e;
}

}  // namespace printcam::ota
