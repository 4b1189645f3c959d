#pragma once
// A tiny 5×7 bitmap font for the simulated camera's overlay (frame counter and time), so the
// generated frames show something that changes and can be read in a screenshot.

#include <cstdint>
#include <string_view>

namespace printcam::host {

struct RgbImage;

inline constexpr int kGlyphWidth = 5;
inline constexpr int kGlyphHeight = 7;

/// The glyph's 7 rows, 5 bits each (bit 4 is the leftmost pixel); characters outside the font
/// (digits, space, # - . / :) draw as a hollow box.
const std::uint8_t* glyph_rows(char c);

/// Draws `text` with its top-left corner at (x, y), each font pixel a `scale`×`scale` square of
/// `rgb`, clipped to the image.
void draw_text(RgbImage& image, int x, int y, int scale, std::string_view text, const std::uint8_t rgb[3]);

}  // namespace printcam::host
