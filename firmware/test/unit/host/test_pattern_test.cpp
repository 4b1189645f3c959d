#include "platform/host/test_pattern.hpp"

#include "catch2_compat.hpp"
#include "platform/host/bitmap_font.hpp"

using printcam::host::PatternSettings;
using printcam::host::RgbImage;

namespace {

const std::uint8_t* pixel(const RgbImage& img, int x, int y) {
  return &img.pixels[(static_cast<std::size_t>(y) * img.width + x) * 3];
}

}  // namespace

TEST_CASE("The test pattern changes from frame to frame") {
  RgbImage a(160, 120), b(160, 120);
  printcam::host::paint_test_pattern(a, 1, 0, {});
  printcam::host::paint_test_pattern(b, 2, 0, {});
  CHECK(a.pixels != b.pixels);
}

TEST_CASE("Horizontal mirroring flips the picture left to right") {
  RgbImage plain(160, 120), mirrored(160, 120);
  printcam::host::paint_test_pattern(plain, 5, 0, {});
  PatternSettings s;
  s.hmirror = true;
  printcam::host::paint_test_pattern(mirrored, 5, 0, s);
  for (int x : {0, 10, 159}) {
    for (int c = 0; c < 3; ++c) CHECK(pixel(plain, x, 60)[c] == pixel(mirrored, 159 - x, 60)[c]);
  }
}

TEST_CASE("The frame number is drawn in white at the top left") {
  RgbImage img(160, 120);
  printcam::host::paint_test_pattern(img, 1, 0, {});
  // '#' row 0 is 0x0A: its second column is lit, its first is not; the scale at 120 lines is 1.
  CHECK(pixel(img, 1 + 1, 1)[0] == 255);
  CHECK(pixel(img, 1 + 0, 1)[0] == 0);
}

TEST_CASE("Characters outside the font draw as a box") {
  CHECK(printcam::host::glyph_rows('~')[0] == 0x1F);
  CHECK(printcam::host::glyph_rows('1')[0] == 0x04);
}
