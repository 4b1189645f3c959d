#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace printcam::host {

/// A structurally valid baseline JPEG of `width`×`height` (one grey component, every block flat),
/// padded with comment segments to at least `min_bytes`: a stand-in frame of a realistic size for
/// the upload soak, accepted by the mock Connect's JPEG check and by decoders.
std::vector<std::uint8_t> make_test_jpeg(int width, int height, std::size_t min_bytes);

}  // namespace printcam::host
