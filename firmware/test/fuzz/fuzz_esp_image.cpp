// Any bytes as an uploaded image: the checker never crashes, fed whole or in pieces it reaches the
// same verdict, and anything it accepts also parses as an identity with the same version.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/ota/image_checker.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace printcam::ota;
  ImageExpectations expect;
  expect.chip_id = kChipIdEsp32;
  expect.board = "ai-thinker-esp32-cam";
  expect.max_size = 1u << 20;
  ImageInfo whole;
  std::string reason;
  const ImageError verdict = check_image(data, size, expect, &whole, &reason);
  if (verdict != ImageError::kOk && reason.empty()) std::abort();

  // The same bytes in pieces of 1..64 bytes, sized by the input itself.
  expect.file_size = size;
  ImageChecker pieces(expect);
  bool ok = true;
  for (std::size_t at = 0; at < size && ok;) {
    const std::size_t n = std::min<std::size_t>(size - at, 1 + data[at] % 64);
    ok = pieces.feed(data + at, n);
    at += n;
  }
  if (ok) ok = pieces.finish();
  if (ok != (verdict == ImageError::kOk) || (!ok && pieces.error() != verdict)) std::abort();

  if (verdict == ImageError::kOk) {
    ImageInfo identity;
    if (!parse_identity(data, size, identity) || identity.version != whole.version) std::abort();
  }
  return 0;
}
