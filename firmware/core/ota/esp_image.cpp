#include "core/ota/esp_image.hpp"

#include <algorithm>
#include <cstring>

namespace printcam::ota {

std::string c_field(const std::uint8_t* p, std::size_t n, bool* terminated) {
  const auto* end = std::find(p, p + n, std::uint8_t{0});
  if (terminated) *terminated = end != p + n;
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(end - p));
}

std::string chip_name(std::uint16_t chip_id) {
  if (chip_id == kChipIdEsp32) return "ESP32";
  if (chip_id == kChipIdEsp32s3) return "ESP32-S3";
  return "chip id " + std::to_string(chip_id);
}

bool parse_identity(const std::uint8_t* data, std::size_t n, ImageInfo& info) {
  if (n < kIdentityBytes || data[0] != kImageMagic || data[1] == 0 || data[1] > kMaxSegments) return false;
  if (read_le32(data + kImageHeaderSize + 4) < kDescriptorBytes) return false;
  const std::uint8_t* desc = data + kAppDescFileOffset;
  if (read_le32(desc) != kAppDescMagic) return false;
  info.segment_count = data[1];
  info.chip_id = static_cast<std::uint16_t>(data[kChipIdOffset] | (data[kChipIdOffset + 1] << 8));
  info.hash_appended = data[kHashAppendedOffset] == 1;
  info.version = c_field(desc + kAppDescVersionOffset, 32);
  info.project_name = c_field(desc + kAppDescProjectOffset, 32);
  info.build_time = c_field(desc + kAppDescTimeOffset, 16);
  info.build_date = c_field(desc + kAppDescDateOffset, 16);
  info.idf_version = c_field(desc + kAppDescIdfOffset, 32);
  const std::uint8_t* board = desc + kAppDescSize;
  info.board = std::memcmp(board, kBoardDescMagic.data(), kBoardDescMagic.size()) == 0
                   ? c_field(board + kBoardDescMagic.size(), kBoardIdSize)
                   : std::string();
  return true;
}

}  // namespace printcam::ota
