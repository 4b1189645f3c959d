#include "core/util/crc32.hpp"

namespace printcam::util {

std::uint32_t crc32(const std::uint8_t* data, std::size_t n, std::uint32_t seed) {
  // Bitwise rather than table-driven: settings records are a few KB, written rarely, and the table
  // would cost 1 KB of flash.
  std::uint32_t crc = ~seed;
  for (std::size_t i = 0; i < n; ++i) {
    crc ^= data[i];
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

}  // namespace printcam::util
