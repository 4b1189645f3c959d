#pragma once
// The ESP32 application image format, as the bootloader and esp_ota_end() read it (ESP-IDF v5.x,
// components/bootloader_support/include/esp_app_format.h and src/esp_image_format.c,
// components/esp_app_format/include/esp_app_desc.h). All fields little-endian, structures packed:
//
//   offset 0   esp_image_header_t, 24 bytes: magic 0xE9, segment_count, spi_mode, spi_speed|size,
//              entry_addr(4), then the extended header: wp_pin, spi_pin_drv[3], chip_id(2),
//              min_chip_rev, min_chip_rev_full(2), max_chip_rev_full(2), reserved[4], hash_appended
//   offset 24  segment_count × { load_addr(4), data_len(4), data[data_len] }; data_len % 4 == 0
//   offset 32  (the first segment's data) esp_app_desc_t, 256 bytes: magic_word 0xABCD5432,
//              secure_version, reserv1[2], version[32], project_name[32], time[16], date[16],
//              idf_ver[32], app_elf_sha256[32], reserved
//   offset 288 printcam's board descriptor (below), in section .rodata_custom_desc, which the
//              linker places right after esp_app_desc_t
//   then       zero padding so that (length + 1) % 16 == 0, and one checksum byte: 0xEF XOR every
//              byte of every segment's data
//   then       when hash_appended: SHA-256 of every byte before it (header through checksum byte)
//
// The board descriptor is printcam's own, 40 bytes: the 8 bytes "PCBOARD\0", then the board id from
// firmware/boards/boards.json, NUL-padded to 32 bytes. The chip id alone cannot tell an AI-Thinker
// image from a Freenove one (both ESP32); pins differ, so a wrong board must be refused.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace printcam::ota {

inline constexpr std::uint8_t kImageMagic = 0xE9;  ///< ESP_IMAGE_HEADER_MAGIC
inline constexpr std::size_t kImageHeaderSize = 24;
inline constexpr std::size_t kSegmentHeaderSize = 8;
inline constexpr std::size_t kMaxSegments = 16;  ///< ESP_IMAGE_MAX_SEGMENTS
/// The bootloader refuses a segment of 16 MB or more (SIXTEEN_MB in esp_image_format.c).
inline constexpr std::uint32_t kMaxSegmentBytes = 16u * 1024 * 1024;
inline constexpr std::uint8_t kChecksumSeed = 0xEF;  ///< ESP_ROM_CHECKSUM_INITIAL
inline constexpr std::size_t kHashSize = 32;

inline constexpr std::uint32_t kAppDescMagic = 0xABCD5432;  ///< ESP_APP_DESC_MAGIC_WORD
inline constexpr std::size_t kAppDescSize = 256;            ///< sizeof(esp_app_desc_t)
inline constexpr std::size_t kAppDescVersionOffset = 16;
inline constexpr std::size_t kAppDescProjectOffset = 48;
inline constexpr std::size_t kAppDescTimeOffset = 80;
inline constexpr std::size_t kAppDescDateOffset = 96;
inline constexpr std::size_t kAppDescIdfOffset = 112;

inline constexpr std::string_view kBoardDescMagic{"PCBOARD\0", 8};
inline constexpr std::size_t kBoardIdSize = 32;
inline constexpr std::size_t kBoardDescSize = kBoardDescMagic.size() + kBoardIdSize;
/// Bytes of the first segment the checks need: the app description and the board descriptor.
inline constexpr std::size_t kDescriptorBytes = kAppDescSize + kBoardDescSize;
/// File offset of the app description (after the image header and the first segment header).
inline constexpr std::size_t kAppDescFileOffset = kImageHeaderSize + kSegmentHeaderSize;
/// A file this long holds every field checked before any byte is written to flash.
inline constexpr std::size_t kIdentityBytes = kAppDescFileOffset + kDescriptorBytes;

/// The only project name printcam accepts (esp_app_desc_t.project_name, set by CMake's project()).
inline constexpr std::string_view kProjectName = "printcam";

/// esp_chip_id_t values this firmware runs on.
inline constexpr std::uint16_t kChipIdEsp32 = 0;    ///< ESP_CHIP_ID_ESP32
inline constexpr std::uint16_t kChipIdEsp32s3 = 9;  ///< ESP_CHIP_ID_ESP32S3

/// esp_image_header_t byte offsets of the extended header fields printcam reads.
inline constexpr std::size_t kChipIdOffset = 12;
inline constexpr std::size_t kHashAppendedOffset = 23;

/// A fixed-size C string field: the bytes before the first NUL; `terminated` is false when the
/// field has no NUL at all.
std::string c_field(const std::uint8_t* p, std::size_t n, bool* terminated = nullptr);

/// "ESP32", "ESP32-S3", or "chip id N".
std::string chip_name(std::uint16_t chip_id);

/// What the image says about itself, filled in as the checks pass.
struct ImageInfo {
  std::uint8_t segment_count = 0;
  std::uint16_t chip_id = 0;
  bool hash_appended = false;
  std::string version;       ///< esp_app_desc_t.version, e.g. "0.2.0"
  std::string project_name;  ///< "printcam"
  std::string build_date;    ///< esp_app_desc_t.date, e.g. "Nov 22 2026"
  std::string build_time;
  std::string idf_version;
  std::string board;  ///< From the board descriptor.
  /// Header through the appended hash: the bytes the bootloader reads.
  std::size_t image_size = 0;
};

/// Reads what the first kIdentityBytes of an image say about it (header, app description, board
/// descriptor when present) without judging whether this camera may run it. False when the bytes
/// are not the start of an ESP app image with an app description.
bool parse_identity(const std::uint8_t* data, std::size_t n, ImageInfo& info);

/// Reads a little-endian 32-bit value (the image's byte order).
inline std::uint32_t read_le32(const std::uint8_t* p) {
  return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
         (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

}  // namespace printcam::ota
