#pragma once
// Builds syntactically valid ESP32 app images (core/ota/esp_image.hpp has the layout) with a
// printcam app description, for tests. build/release/make-test-image.ts is the independent
// TypeScript twin used by e2e tests; its test checks its output with this firmware's checker.
//
// Three segments like a real app: DROM at 0x3F400020 holding the app description and the board
// descriptor, then DRAM and IRAM filler. The filler is pseudo-random from the version, so two
// versions differ in every segment.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "core/crypto/sha256.hpp"
#include "core/ota/esp_image.hpp"

namespace printcam::fakes {

struct TestImageSpec {
  std::string version = "1.0.0";
  std::string board = "ai-thinker-esp32-cam";
  std::string project = "printcam";
  std::uint16_t chip_id = ota::kChipIdEsp32;
  /// Total file size; rounded up to a multiple of 16 (the image's own granularity), at least 400.
  std::size_t size = 4096;
};

/// Offsets of fields a test may want to corrupt.
struct TestImageLayout {
  static constexpr std::size_t kSegmentCount = 1;
  static constexpr std::size_t kChipId = 12;
  static constexpr std::size_t kHashAppended = 23;
  static constexpr std::size_t kFirstSegmentLength = 28;
  static constexpr std::size_t kAppDescMagic = ota::kAppDescFileOffset;
  static constexpr std::size_t kVersion = ota::kAppDescFileOffset + ota::kAppDescVersionOffset;
  static constexpr std::size_t kProject = ota::kAppDescFileOffset + ota::kAppDescProjectOffset;
  static constexpr std::size_t kBoardMagic = ota::kAppDescFileOffset + ota::kAppDescSize;
  static constexpr std::size_t kBoardId = kBoardMagic + ota::kBoardDescMagic.size();
};

inline void put_le32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

inline void put_text(std::vector<std::uint8_t>& out, const std::string& s, std::size_t field) {
  for (std::size_t i = 0; i < field; ++i) out.push_back(i < s.size() ? static_cast<std::uint8_t>(s[i]) : 0);
}

/// Recomputes the checksum byte and the appended SHA-256 after a test edited segment data.
inline void reseal_test_image(std::vector<std::uint8_t>& img) {
  std::uint8_t checksum = ota::kChecksumSeed;
  std::size_t pos = ota::kImageHeaderSize;
  for (std::size_t s = 0; s < img[1]; ++s) {
    const std::uint32_t len = ota::read_le32(&img[pos + 4]);
    pos += ota::kSegmentHeaderSize;
    for (std::size_t i = 0; i < len; ++i) checksum ^= img[pos + i];
    pos += len;
  }
  const std::size_t end = img.size() - ota::kHashSize;
  img[end - 1] = checksum;
  crypto::Sha256 sha;
  sha.update(img.data(), end);
  const crypto::Digest d = sha.finish();
  std::memcpy(&img[end], d.data(), d.size());
}

inline std::vector<std::uint8_t> make_test_image(const TestImageSpec& spec) {
  std::size_t total = (std::max<std::size_t>(spec.size, 400) + 15) & ~std::size_t{15};
  // header 24 + three segment headers 24 + data + 4 bytes of padding/checksum + hash 32.
  const std::size_t data = total - 24 - 24 - 4 - ota::kHashSize;
  const std::size_t first = std::max<std::size_t>(ota::kDescriptorBytes, (data / 2) & ~std::size_t{3});
  const std::size_t second = ((data - first) / 2) & ~std::size_t{3};
  const std::size_t third = data - first - second;

  std::vector<std::uint8_t> img;
  img.reserve(total);
  img.insert(img.end(), {ota::kImageMagic, 3, 2 /*DIO*/, 0x20 /*4 MB, 40 MHz*/});
  put_le32(img, 0x40081000);               // entry_addr
  img.insert(img.end(), {0xEE, 0, 0, 0});  // wp_pin (unused), spi_pin_drv
  img.push_back(static_cast<std::uint8_t>(spec.chip_id));
  img.push_back(static_cast<std::uint8_t>(spec.chip_id >> 8));
  img.insert(img.end(), {0, 0, 0, 0x8F, 0x01});  // min_chip_rev, min_rev_full 0, max_rev_full 399
  img.insert(img.end(), {0, 0, 0, 0, 1});        // reserved, hash_appended

  std::uint32_t state = 2166136261u;
  for (char c : spec.version) state = (state ^ static_cast<std::uint8_t>(c)) * 16777619u;
  auto filler = [&](std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      state ^= state << 13;
      state ^= state >> 17;
      state ^= state << 5;
      img.push_back(static_cast<std::uint8_t>(state));
    }
  };
  put_le32(img, 0x3F400020);
  put_le32(img, static_cast<std::uint32_t>(first));
  put_le32(img, ota::kAppDescMagic);
  put_le32(img, 0);  // secure_version
  put_le32(img, 0);  // reserv1
  put_le32(img, 0);
  put_text(img, spec.version, 32);
  put_text(img, spec.project, 32);
  put_text(img, "12:00:00", 16);
  put_text(img, "Nov 22 2026", 16);
  put_text(img, "v5.5", 32);
  filler(32);  // app_elf_sha256
  put_text(img, "", ota::kAppDescSize - 176);
  img.insert(img.end(), ota::kBoardDescMagic.begin(), ota::kBoardDescMagic.end());
  put_text(img, spec.board, ota::kBoardIdSize);
  filler(first - ota::kDescriptorBytes);
  put_le32(img, 0x3FFB0000);
  put_le32(img, static_cast<std::uint32_t>(second));
  filler(second);
  put_le32(img, 0x40080000);
  put_le32(img, static_cast<std::uint32_t>(third));
  filler(third);
  img.resize(total, 0);
  reseal_test_image(img);
  return img;
}

}  // namespace printcam::fakes
