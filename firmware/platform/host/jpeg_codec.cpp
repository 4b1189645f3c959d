#include "platform/host/jpeg_codec.hpp"

#include <turbojpeg.h>

#include <algorithm>

#include "platform/host/test_pattern.hpp"

namespace printcam::host {

int libjpeg_quality(int driver_quality) {
  return std::clamp(100 - std::clamp(driver_quality, 0, 63) * 3 / 2, 1, 100);
}

JpegEncoder::JpegEncoder() : handle_(tjInitCompress()) {}

JpegEncoder::~JpegEncoder() {
  if (handle_ != nullptr) tjDestroy(handle_);
}

std::optional<EncodedJpeg> JpegEncoder::encode(const RgbImage& image, int quality, std::string& error) {
  if (handle_ == nullptr) {
    error = "TurboJPEG could not start its compressor";
    return std::nullopt;
  }
  unsigned char* out = nullptr;
  unsigned long size = 0;
  if (tjCompress2(handle_, image.pixels.data(), image.width, 0, image.height, TJPF_RGB, &out, &size,
                  TJSAMP_420, quality, TJFLAG_FASTDCT) != 0) {
    error = tjGetErrorStr2(handle_);
    tjFree(out);
    return std::nullopt;
  }
  return EncodedJpeg{out, size};
}

void free_jpeg(EncodedJpeg& jpeg) {
  tjFree(jpeg.data);
  jpeg = {};
}

std::optional<JpegInfo> read_jpeg_info(const std::uint8_t* data, std::size_t size) {
  tjhandle h = tjInitDecompress();
  if (h == nullptr) return std::nullopt;
  int width = 0, height = 0, subsampling = 0, colorspace = 0;
  const int rc = tjDecompressHeader3(h, data, size, &width, &height, &subsampling, &colorspace);
  tjDestroy(h);
  if (rc != 0 || width <= 0 || height <= 0) return std::nullopt;
  return JpegInfo{width, height};
}

}  // namespace printcam::host
