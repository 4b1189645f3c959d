#pragma once

#include <cstddef>
#include <cstdint>

namespace printcam::util {

/// CRC-32 (IEEE 802.3, the zlib one). `seed` chains calls: crc32(b, n2, crc32(a, n1)).
std::uint32_t crc32(const std::uint8_t* data, std::size_t n, std::uint32_t seed = 0);

}  // namespace printcam::util
