#pragma once
// camera.rotation as EXIF orientation metadata, the way the Prusa Connect firmware did it: the
// ESP32 cannot afford to turn pixels, so the camera labels each JPEG and the viewer turns it
// (browsers honour EXIF orientation in <img> and createImageBitmap; ffmpeg may ignore it).
//
// The label is a 36-byte APP1 "Exif" segment holding only the Orientation tag, placed right after
// the SOI marker. A JPEG goes out as two pieces sent back to back, so the frame is never copied:
//   head = FF D8 + the segment (static storage), body = the frame from byte 2 (after its own SOI).
// At 0° (orientation 1, every decoder's default) or for bytes that do not start with SOI the head
// is empty and the body is the frame unchanged.

#include <cstddef>
#include <cstdint>

namespace printcam::media {

/// SOI (2 bytes) + APP1 marker (2) + length (2) + "Exif\0\0" (6) + TIFF header (8) + one-entry
/// IFD (2 + 12 + 4).
inline constexpr std::size_t kOrientedHeadBytes = 38;

struct BytePiece {
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
};

/// A JPEG as `head` then `body`; size() is what a Content-Length must say.
struct JpegPieces {
  BytePiece head;
  BytePiece body;
  std::size_t size() const { return head.size + body.size; }
};

/// The EXIF Orientation value for a clockwise turn: 0→1, 90→6, 180→3, 270→8; 1 (as stored) for
/// anything else, which the settings schema does not let through.
constexpr std::uint16_t exif_orientation(int degrees) {
  switch (degrees) {
    case 90:
      return 6;
    case 180:
      return 3;
    case 270:
      return 8;
    default:
      return 1;
  }
}

/// `jpeg` labelled for a clockwise turn of `degrees`, as pieces that point into `jpeg` and into
/// static storage (valid as long as `jpeg` is).
JpegPieces orient_jpeg(const std::uint8_t* jpeg, std::size_t size, int degrees);

}  // namespace printcam::media
