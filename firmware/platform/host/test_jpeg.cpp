#include "platform/host/test_jpeg.hpp"

#include <algorithm>
#include <initializer_list>

namespace printcam::host {
namespace {

void put(std::vector<std::uint8_t>& out, std::initializer_list<int> bytes) {
  for (int b : bytes) out.push_back(static_cast<std::uint8_t>(b));
}

void put16(std::vector<std::uint8_t>& out, std::size_t v) {
  put(out, {static_cast<int>((v >> 8) & 0xff), static_cast<int>(v & 0xff)});
}

// A Huffman table (class/id in `table`) with a single 1-bit code for `symbol`.
void one_code_table(std::vector<std::uint8_t>& out, int table, int symbol) {
  put(out, {0xff, 0xc4});
  put16(out, 2 + 1 + 16 + 1);
  put(out, {table, 1});
  out.insert(out.end(), 15, 0);
  put(out, {symbol});
}

}  // namespace

std::vector<std::uint8_t> make_test_jpeg(int width, int height, std::size_t min_bytes) {
  std::vector<std::uint8_t> out;
  put(out, {0xff, 0xd8});                                                           // SOI
  put(out, {0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});  // APP0
  put(out, {0xff, 0xdb, 0, 67, 0});                                                 // DQT 0
  out.insert(out.end(), 64, 1);
  put(out, {0xff, 0xc0, 0, 11, 8});  // SOF0
  put16(out, static_cast<std::size_t>(height));
  put16(out, static_cast<std::size_t>(width));
  put(out, {1, 1, 0x11, 0});
  one_code_table(out, 0x00, 0x00);  // DC: category 0 (no change)
  one_code_table(out, 0x10, 0x00);  // AC: end of block
  const std::size_t blocks =
      static_cast<std::size_t>((width + 7) / 8) * static_cast<std::size_t>((height + 7) / 8);
  const std::size_t scan_bytes = (blocks * 2 + 7) / 8;  // two 0-bits per block
  const std::size_t tail = 10 + scan_bytes + 2;         // SOS + scan + EOI
  // Comment segments (FFFE, at most 65535 bytes each with their length) fill up to min_bytes.
  while (out.size() + tail < min_bytes) {
    const std::size_t payload =
        std::min<std::size_t>(65533, std::max<std::size_t>(min_bytes - out.size() - tail, 4) - 4);
    put(out, {0xff, 0xfe});
    put16(out, payload + 2);
    out.insert(out.end(), payload, 'x');
    if (payload == 0) break;
  }
  put(out, {0xff, 0xda, 0, 8, 1, 1, 0x00, 0, 63, 0});  // SOS
  out.insert(out.end(), scan_bytes, 0);
  if (blocks * 2 % 8 != 0) out.back() = static_cast<std::uint8_t>(0xff >> (blocks * 2 % 8));  // 1-bit padding
  put(out, {0xff, 0xd9});                                                                     // EOI
  return out;
}

}  // namespace printcam::host
