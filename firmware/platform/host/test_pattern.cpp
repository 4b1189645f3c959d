#include "platform/host/test_pattern.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <utility>

#include "platform/host/bitmap_font.hpp"

namespace printcam::host {
namespace {

constexpr std::uint8_t kWhite[3] = {255, 255, 255};
constexpr std::uint8_t kBlack[3] = {0, 0, 0};
/// The eight classic colour bars, as the OV2640's colour bar test mode shows them.
constexpr std::uint8_t kBars[8][3] = {{255, 255, 255}, {255, 255, 0}, {0, 255, 255}, {0, 255, 0},
                                      {255, 0, 255},   {255, 0, 0},   {0, 0, 255},   {0, 0, 0}};

std::uint8_t clamp_byte(int v) {
  return static_cast<std::uint8_t>(std::clamp(v, 0, 255));
}

void paint_background(RgbImage& img, std::uint64_t number, bool colorbar) {
  const int shift = static_cast<int>(number % 256);
  for (int y = 0; y < img.height; ++y) {
    std::uint8_t* p = &img.pixels[static_cast<std::size_t>(y) * img.width * 3];
    for (int x = 0; x < img.width; ++x, p += 3) {
      if (colorbar) {
        const std::uint8_t* bar = kBars[x * 8 / img.width];
        std::copy(bar, bar + 3, p);
      } else {
        // A diagonal gradient that drifts a little every frame.
        p[0] = static_cast<std::uint8_t>((x * 256 / img.width + shift) & 255);
        p[1] = static_cast<std::uint8_t>((y * 256 / img.height + 2 * shift) & 255);
        p[2] = static_cast<std::uint8_t>(((x + y) * 128 / (img.width + img.height)) + 64);
      }
    }
  }
  // A bar sweeping left to right and a square bouncing down, so motion is obvious.
  const int bar_x = static_cast<int>((number * 8) % static_cast<std::uint64_t>(img.width));
  img.fill_rect(bar_x, 0, std::max(2, img.width / 64), img.height, kWhite);
  const int side = std::max(4, img.height / 8);
  const int travel = std::max(1, img.height - side);
  const int bounce = static_cast<int>((number * 6) % static_cast<std::uint64_t>(2 * travel));
  img.fill_rect(img.width / 2 - side / 2, bounce < travel ? bounce : 2 * travel - bounce, side, side, kBlack);
}

std::string time_text(std::int64_t unix_ms) {
  const std::time_t secs = static_cast<std::time_t>(unix_ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[80];  // Room for any int the format could print, which the compiler checks.
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d.%03d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(unix_ms % 1000));
  return buf;
}

void paint_overlay(RgbImage& img, std::uint64_t number, std::int64_t unix_ms) {
  // Text about 1/16 of the frame high, at least one pixel per font pixel.
  const int scale = std::max(1, img.height / (16 * kGlyphHeight));
  const std::string lines[2] = {"#" + std::to_string(number), time_text(unix_ms)};
  const int line_height = (kGlyphHeight + 2) * scale;
  img.fill_rect(0, 0, static_cast<int>(lines[1].size()) * (kGlyphWidth + 1) * scale + 2 * scale,
                2 * line_height + scale, kBlack);
  for (int i = 0; i < 2; ++i) draw_text(img, scale, scale + i * line_height, scale, lines[i], kWhite);
}

void apply_sensor_effects(RgbImage& img, const PatternSettings& s) {
  const int offset = s.brightness * 24;
  const int gain_percent = 100 + s.contrast * 20;
  const bool tone = offset != 0 || gain_percent != 100 || s.grayscale;
  for (int y = 0; tone && y < img.height; ++y) {
    std::uint8_t* p = &img.pixels[static_cast<std::size_t>(y) * img.width * 3];
    for (int x = 0; x < img.width; ++x, p += 3) {
      if (s.grayscale)
        p[0] = p[1] = p[2] = static_cast<std::uint8_t>((p[0] * 77 + p[1] * 150 + p[2] * 29) >> 8);
      for (int c = 0; c < 3; ++c) p[c] = clamp_byte((p[c] - 128) * gain_percent / 100 + 128 + offset);
    }
  }
  const std::size_t row_bytes = static_cast<std::size_t>(img.width) * 3;
  if (s.hmirror) {
    for (int y = 0; y < img.height; ++y) {
      std::uint8_t* row = &img.pixels[y * row_bytes];
      for (int l = 0, r = img.width - 1; l < r; ++l, --r)
        std::swap_ranges(row + l * 3, row + l * 3 + 3, row + r * 3);
    }
  }
  if (s.vflip) {
    for (int t = 0, b = img.height - 1; t < b; ++t, --b) {
      std::swap_ranges(img.pixels.begin() + t * row_bytes, img.pixels.begin() + (t + 1) * row_bytes,
                       img.pixels.begin() + b * row_bytes);
    }
  }
}

}  // namespace

void RgbImage::fill_rect(int x, int y, int w, int h, const std::uint8_t rgb[3]) {
  const int x0 = std::max(0, x), y0 = std::max(0, y);
  const int x1 = std::min(width, x + w), y1 = std::min(height, y + h);
  for (int yy = y0; yy < y1; ++yy) {
    std::uint8_t* p = &pixels[(static_cast<std::size_t>(yy) * width + x0) * 3];
    for (int xx = x0; xx < x1; ++xx, p += 3) std::copy(rgb, rgb + 3, p);
  }
}

void paint_test_pattern(RgbImage& image, std::uint64_t number, std::int64_t unix_ms,
                        const PatternSettings& s) {
  paint_background(image, number, s.colorbar);
  paint_overlay(image, number, unix_ms);
  apply_sensor_effects(image, s);
}

}  // namespace printcam::host
