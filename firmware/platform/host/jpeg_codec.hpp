#pragma once
// JPEG encoding and header reading for the simulated camera, over libjpeg-turbo's TurboJPEG API
// (Debian: libturbojpeg0-dev). Encoded buffers are TurboJPEG's own, handed to the core as the
// "driver buffer" and freed when the core releases the frame, so nothing is copied.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace printcam::host {

struct RgbImage;

/// A JPEG in a TurboJPEG-allocated buffer; free with free_jpeg().
struct EncodedJpeg {
  std::uint8_t* data = nullptr;
  std::size_t size = 0;
};

struct JpegInfo {
  int width = 0;
  int height = 0;
};

/// esp32-camera's quality (0..63, lower is better) as a libjpeg quality (1..100, higher is
/// better): 10 → 85, 12 → 82, 63 → 6, roughly what the OV2640's encoder produces.
int libjpeg_quality(int driver_quality);

class JpegEncoder {
 public:
  JpegEncoder();
  ~JpegEncoder();
  JpegEncoder(const JpegEncoder&) = delete;
  JpegEncoder& operator=(const JpegEncoder&) = delete;

  /// A baseline JPEG with 4:2:0 chroma, as the OV2640 produces; nullopt with `error` set.
  std::optional<EncodedJpeg> encode(const RgbImage& image, int libjpeg_quality, std::string& error);

 private:
  void* handle_;
};

void free_jpeg(EncodedJpeg& jpeg);

/// Width and height from a JPEG's header (libjpeg-turbo reads it), or nullopt when it is not a
/// JPEG it can read.
std::optional<JpegInfo> read_jpeg_info(const std::uint8_t* data, std::size_t size);

}  // namespace printcam::host
