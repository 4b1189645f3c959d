#include "core/media/jpeg_orientation.hpp"

#include <string>
#include <vector>

#include "catch2_compat.hpp"

using printcam::media::exif_orientation;
using printcam::media::JpegPieces;
using printcam::media::orient_jpeg;

namespace {

std::string text(const printcam::media::BytePiece& piece) {
  return std::string(reinterpret_cast<const char*>(piece.data), piece.size);
}

/// SOI and the APP1 segment for `orientation`, written out by hand from the Exif 2.32 and TIFF 6.0
/// layouts rather than by the code under test.
std::string expected_head(char orientation) {
  return std::string(
             "\xFF\xD8"           // SOI
             "\xFF\xE1"           // APP1
             "\x00\x22"           // length 34: itself + "Exif\0\0" + TIFF data
             "Exif\x00\x00"       // identifier
             "MM\x00\x2A"         // big-endian TIFF, 42
             "\x00\x00\x00\x08"   // IFD0 at offset 8
             "\x00\x01"           // one entry
             "\x01\x12"           // tag 274, Orientation
             "\x00\x03"           // SHORT
             "\x00\x00\x00\x01",  // one value
             30) +
         std::string{'\x00', orientation, '\x00', '\x00'} +  // the value, left-justified
         std::string("\x00\x00\x00\x00", 4);                 // no next IFD
}

const std::string kJpeg = "\xFF\xD8\xFF\xE0 rest of a jpeg \xFF\xD9";

JpegPieces orient(const std::string& bytes, int degrees) {
  return orient_jpeg(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), degrees);
}

}  // namespace

TEST_CASE("Quarter turns map to the EXIF orientations 1, 6, 3 and 8") {
  CHECK(exif_orientation(0) == 1);
  CHECK(exif_orientation(90) == 6);
  CHECK(exif_orientation(180) == 3);
  CHECK(exif_orientation(270) == 8);
  CHECK(exif_orientation(45) == 1);
}

TEST_CASE(
    "A turned JPEG is SOI, an APP1 segment holding only the orientation, then the frame after its SOI") {
  for (const auto& [degrees, orientation] : {std::pair{90, '\x06'}, {180, '\x03'}, {270, '\x08'}}) {
    CAPTURE(degrees);
    const JpegPieces p = orient(kJpeg, degrees);
    CHECK(p.head.size == printcam::media::kOrientedHeadBytes);
    CHECK(text(p.head) == expected_head(orientation));
    CHECK(p.body.data == reinterpret_cast<const std::uint8_t*>(kJpeg.data()) + 2);  // Not a copy.
    CHECK(text(p.body) == kJpeg.substr(2));
    CHECK(p.size() == kJpeg.size() + 36);
  }
}

TEST_CASE("An upright JPEG goes out unchanged, with no segment") {
  const JpegPieces p = orient(kJpeg, 0);
  CHECK(p.head.size == 0);
  CHECK(p.body.data == reinterpret_cast<const std::uint8_t*>(kJpeg.data()));
  CHECK(p.size() == kJpeg.size());
}

TEST_CASE("Bytes that do not start with SOI go out unchanged, however the camera is turned") {
  for (const std::string& bytes :
       {std::string("garbage"), std::string("\xFF"), std::string(), std::string("\xD8\xFF")}) {
    const JpegPieces p = orient(bytes, 90);
    CHECK(p.head.size == 0);
    CHECK(text(p.body) == bytes);
  }
}
