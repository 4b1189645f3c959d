#include "core/media/jpeg_orientation.hpp"

#include <array>

namespace printcam::media {
namespace {

/// The EXIF Orientation tag (TIFF tag 274) and the TIFF type SHORT (16-bit unsigned).
constexpr std::uint16_t kOrientationTag = 0x0112;
constexpr std::uint16_t kTiffShort = 3;

constexpr std::array<std::uint8_t, kOrientedHeadBytes> make_head(std::uint16_t orientation) {
  const auto hi = [](std::uint16_t v) { return static_cast<std::uint8_t>(v >> 8); };
  const auto lo = [](std::uint16_t v) { return static_cast<std::uint8_t>(v & 0xFF); };
  // The APP1 length counts itself and the payload, not the marker: 38 - SOI - marker.
  constexpr std::uint16_t kApp1Length = kOrientedHeadBytes - 4;
  // clang-format off
  return {
      0xFF, 0xD8,                                    // SOI
      0xFF, 0xE1,                                    // APP1
      hi(kApp1Length), lo(kApp1Length),              // segment length
      'E', 'x', 'i', 'f', 0x00, 0x00,                // Exif identifier code
      'M', 'M', 0x00, 0x2A,                          // TIFF header: big-endian, magic 42
      0x00, 0x00, 0x00, 0x08,                        // IFD0 right after the 8-byte TIFF header
      0x00, 0x01,                                    // one entry
      hi(kOrientationTag), lo(kOrientationTag),      // tag
      hi(kTiffShort), lo(kTiffShort),                // type
      0x00, 0x00, 0x00, 0x01,                        // count
      hi(orientation), lo(orientation), 0x00, 0x00,  // a SHORT sits left in the 4-byte value field
      0x00, 0x00, 0x00, 0x00,                        // no next IFD
  };
  // clang-format on
}

constexpr std::array<std::uint8_t, kOrientedHeadBytes> kHead90 = make_head(exif_orientation(90));
constexpr std::array<std::uint8_t, kOrientedHeadBytes> kHead180 = make_head(exif_orientation(180));
constexpr std::array<std::uint8_t, kOrientedHeadBytes> kHead270 = make_head(exif_orientation(270));

/// The head for a turn, or nullptr when the frame needs none (0°, orientation 1).
const std::uint8_t* head_for(int degrees) {
  switch (degrees) {
    case 90:
      return kHead90.data();
    case 180:
      return kHead180.data();
    case 270:
      return kHead270.data();
    default:
      return nullptr;
  }
}

}  // namespace

JpegPieces orient_jpeg(const std::uint8_t* jpeg, std::size_t size, int degrees) {
  const JpegPieces unchanged{{}, {jpeg, size}};
  // Bytes without SOI are no JPEG the segment could go into: they go out as the camera made them.
  const bool starts_with_soi = size >= 2 && jpeg[0] == 0xFF && jpeg[1] == 0xD8;
  if (!starts_with_soi) return unchanged;
  const std::uint8_t* head = head_for(degrees);
  if (head == nullptr) return unchanged;
  return {{head, kOrientedHeadBytes}, {jpeg + 2, size - 2}};
}

}  // namespace printcam::media
