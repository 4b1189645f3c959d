#pragma once
// Checks an ESP32 app image as its bytes arrive, so a wrong file is refused after its first few
// hundred bytes, long before it is all uploaded, and the whole image is proven sound before the
// slot switch. It repeats what the bootloader will check (magic, segment count, segment lengths,
// checksum, appended SHA-256, size) and adds what only printcam knows (the chip and the board this
// camera is, the project name). One implementation serves the streaming OTA and whole files.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/crypto/sha256.hpp"
#include "core/ota/esp_image.hpp"

namespace printcam::ota {

enum class ImageError : std::uint8_t {
  kOk,
  kBadMagic,          ///< First byte is not 0xE9: not an ESP app image.
  kBadSegmentCount,   ///< 0 or more than 16 segments.
  kWrongChip,         ///< Built for another chip.
  kNoHash,            ///< hash_appended is off: the image cannot be proven intact.
  kBadSegment,        ///< A segment length not a multiple of 4, or 16 MB or more.
  kSegmentPastEnd,    ///< A segment runs past the end of the file.
  kNoAppDescription,  ///< The first segment does not start with esp_app_desc_t.
  kWrongProject,      ///< Not a printcam build.
  kBadVersion,        ///< Empty or unprintable version text.
  kNoBoard,           ///< No printcam board descriptor after the app description.
  kWrongBoard,        ///< Built for another board.
  kChecksum,          ///< The checksum byte does not match the segments.
  kHashMismatch,      ///< The appended SHA-256 does not match the image.
  kTruncated,         ///< The file ended before the image did.
  kTrailingData,      ///< Bytes after the appended hash.
  kTooLarge,          ///< Bigger than the update slot.
};

/// Stable machine word for the API ("bad_magic", "wrong_board", ...).
std::string_view image_error_code(ImageError e);

/// What this camera accepts.
struct ImageExpectations {
  std::uint16_t chip_id = kChipIdEsp32;
  std::string board;         ///< Board id, e.g. "ai-thinker-esp32-cam".
  std::size_t max_size = 0;  ///< The update slot's size.
  /// The file's size when known in advance (Content-Length), else 0. A segment that would end
  /// past it is refused at its header.
  std::size_t file_size = 0;
};

class ImageChecker {
 public:
  explicit ImageChecker(ImageExpectations expect);

  /// Checks the next bytes of the file. False once the image is refused; error() and reason() say
  /// why, and every later call returns false.
  bool feed(const std::uint8_t* data, std::size_t n);
  /// After the file's last byte: the checksum, the appended hash and the end. False if refused.
  bool finish();

  ImageError error() const { return error_; }
  /// A sentence for people: what is wrong and, where it helps, what to do.
  const std::string& reason() const { return reason_; }
  /// True once the header, the app description and the board descriptor all passed.
  bool identity_checked() const { return identity_checked_; }
  const ImageInfo& info() const { return info_; }
  std::size_t bytes_seen() const { return pos_; }

 private:
  enum class Phase : std::uint8_t { kHeader, kSegmentHeader, kSegmentData, kPadding, kHash, kDone };

  bool fail(ImageError e, std::string reason);
  bool on_header();
  bool on_segment_header();
  bool on_descriptors();
  void enter_padding();
  bool on_hash();
  /// Bytes the current phase still needs.
  std::size_t phase_need() const;

  ImageExpectations expect_;
  ImageInfo info_;
  ImageError error_ = ImageError::kOk;
  std::string reason_;
  Phase phase_ = Phase::kHeader;
  std::size_t pos_ = 0;
  /// Collects small fixed-size fields (header, segment header, descriptors, padding, hash).
  std::uint8_t buf_[kDescriptorBytes] = {};
  std::size_t buf_len_ = 0;
  std::size_t segment_index_ = 0;
  std::uint32_t segment_left_ = 0;
  std::size_t padding_len_ = 0;
  std::uint8_t checksum_ = kChecksumSeed;
  bool identity_checked_ = false;
  crypto::Sha256 sha_;
};

/// Checks a whole image held in memory.
ImageError check_image(const std::uint8_t* data, std::size_t n, const ImageExpectations& expect,
                       ImageInfo* info = nullptr, std::string* reason = nullptr);

}  // namespace printcam::ota
