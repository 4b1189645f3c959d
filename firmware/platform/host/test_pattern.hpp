#pragma once
// The simulated camera's picture: a moving pattern with the frame number and the time on it,
// changed by the sensor settings a real sensor would apply (mirror, flip, brightness, contrast,
// colour bars, grayscale) so a settings change is visible in the stream.

#include <cstdint>
#include <vector>

namespace printcam::host {

struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  ///< Row-major RGB, 3 bytes a pixel.

  RgbImage(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * h * 3) {}
  /// Fills the rectangle clipped to the image.
  void fill_rect(int x, int y, int w, int h, const std::uint8_t rgb[3]);
};

struct PatternSettings {
  int brightness = 0;  ///< -2..2
  int contrast = 0;    ///< -2..2
  bool hmirror = false;
  bool vflip = false;
  bool colorbar = false;
  bool grayscale = false;  ///< special_effect 2 on the OV2640.
};

/// Paints frame `number` taken at `unix_ms` (UTC, shown to the millisecond).
void paint_test_pattern(RgbImage& image, std::uint64_t number, std::int64_t unix_ms,
                        const PatternSettings& s);

}  // namespace printcam::host
