#include "core/ota/image_checker.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace printcam::ota {
namespace {

std::uint16_t read_le16(const std::uint8_t* p) {
  return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

bool printable(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

std::string hex_byte(unsigned v) {
  char out[8];
  std::snprintf(out, sizeof out, "0x%02X", v & 0xFFu);
  return out;
}

}  // namespace

std::string_view image_error_code(ImageError e) {
  switch (e) {
    case ImageError::kOk:
      return "ok";
    case ImageError::kBadMagic:
      return "bad_magic";
    case ImageError::kBadSegmentCount:
      return "bad_segment_count";
    case ImageError::kWrongChip:
      return "wrong_chip";
    case ImageError::kNoHash:
      return "no_hash";
    case ImageError::kBadSegment:
      return "bad_segment";
    case ImageError::kSegmentPastEnd:
      return "segment_past_end";
    case ImageError::kNoAppDescription:
      return "no_app_description";
    case ImageError::kWrongProject:
      return "wrong_project";
    case ImageError::kBadVersion:
      return "bad_version";
    case ImageError::kNoBoard:
      return "no_board";
    case ImageError::kWrongBoard:
      return "wrong_board";
    case ImageError::kChecksum:
      return "bad_checksum";
    case ImageError::kHashMismatch:
      return "hash_mismatch";
    case ImageError::kTruncated:
      return "truncated";
    case ImageError::kTrailingData:
      return "trailing_data";
    case ImageError::kTooLarge:
      return "too_large";
  }
  return "invalid_image";
}

ImageChecker::ImageChecker(ImageExpectations expect) : expect_(std::move(expect)) {}

bool ImageChecker::fail(ImageError e, std::string reason) {
  if (error_ == ImageError::kOk) {
    error_ = e;
    reason_ = std::move(reason);
  }
  return false;
}

std::size_t ImageChecker::phase_need() const {
  switch (phase_) {
    case Phase::kHeader:
      return kImageHeaderSize;
    case Phase::kSegmentHeader:
      return kSegmentHeaderSize;
    case Phase::kPadding:
      return padding_len_;
    case Phase::kHash:
      return kHashSize;
    default:
      return 0;
  }
}

bool ImageChecker::feed(const std::uint8_t* data, std::size_t n) {
  while (n > 0 && error_ == ImageError::kOk) {
    if (phase_ == Phase::kDone) {
      return fail(ImageError::kTrailingData, "The file goes on after the image's SHA-256 (byte " +
                                                 std::to_string(pos_) + "): it is not a plain app image.");
    }
    if (phase_ == Phase::kSegmentData) {
      std::size_t take = std::min<std::size_t>(n, segment_left_);
      if (segment_index_ == 0 && !identity_checked_) take = std::min(take, kDescriptorBytes - buf_len_);
      sha_.update(data, take);
      for (std::size_t i = 0; i < take; ++i) checksum_ ^= data[i];
      if (segment_index_ == 0 && !identity_checked_) {
        std::memcpy(buf_ + buf_len_, data, take);
        buf_len_ += take;
        if (buf_len_ == kDescriptorBytes && !on_descriptors()) return false;
      }
      data += take;
      n -= take;
      pos_ += take;
      segment_left_ -= static_cast<std::uint32_t>(take);
      if (segment_left_ == 0) {
        if (segment_index_ == 0 && !identity_checked_) {
          return fail(ImageError::kNoAppDescription,
                      "The first segment is too short to hold the app description: not a printcam image.");
        }
        buf_len_ = 0;
        if (++segment_index_ < info_.segment_count) {
          phase_ = Phase::kSegmentHeader;
        } else {
          enter_padding();
        }
      }
      continue;
    }
    const std::size_t take = std::min(n, phase_need() - buf_len_);
    std::memcpy(buf_ + buf_len_, data, take);
    if (phase_ != Phase::kHash) sha_.update(data, take);
    buf_len_ += take;
    data += take;
    n -= take;
    pos_ += take;
    if (buf_len_ < phase_need()) continue;
    bool ok = true;
    switch (phase_) {
      case Phase::kHeader:
        ok = on_header();
        break;
      case Phase::kSegmentHeader:
        ok = on_segment_header();
        break;
      case Phase::kPadding:
        if (buf_[padding_len_ - 1] != checksum_) {
          ok = fail(ImageError::kChecksum, "The image checksum is " + hex_byte(buf_[padding_len_ - 1]) +
                                               " but its segments add up to " + hex_byte(checksum_) +
                                               ": the file is corrupt.");
        }
        phase_ = Phase::kHash;
        break;
      case Phase::kHash:
        ok = on_hash();
        break;
      default:
        break;
    }
    buf_len_ = 0;
    if (!ok) return false;
  }
  return error_ == ImageError::kOk;
}

bool ImageChecker::on_header() {
  if (buf_[0] != kImageMagic) {
    return fail(ImageError::kBadMagic,
                "This is not an ESP32 app image: it starts with " + hex_byte(buf_[0]) +
                    ", an app image with 0xE9. Upload the app .bin of a printcam release.");
  }
  info_.segment_count = buf_[1];
  if (info_.segment_count == 0 || info_.segment_count > kMaxSegments) {
    return fail(ImageError::kBadSegmentCount,
                "The image header claims " + std::to_string(buf_[1]) +
                    " segments (an app image has 1 to 16): the file is corrupt.");
  }
  info_.chip_id = read_le16(buf_ + kChipIdOffset);
  if (info_.chip_id != expect_.chip_id) {
    return fail(ImageError::kWrongChip, "This image is built for " + chip_name(info_.chip_id) +
                                            " and this camera is an " + chip_name(expect_.chip_id) +
                                            ". Pick the file for your board.");
  }
  info_.hash_appended = buf_[kHashAppendedOffset] == 1;
  if (!info_.hash_appended) {
    return fail(ImageError::kNoHash,
                "The image carries no SHA-256, so its integrity cannot be checked. Use a release build.");
  }
  if (expect_.max_size != 0 && expect_.file_size > expect_.max_size) {
    return fail(ImageError::kTooLarge, "The file is " + std::to_string(expect_.file_size) +
                                           " bytes and the update slot holds " +
                                           std::to_string(expect_.max_size) + ".");
  }
  phase_ = Phase::kSegmentHeader;
  return true;
}

bool ImageChecker::on_segment_header() {
  const std::uint32_t len = read_le32(buf_ + 4);
  const std::string which =
      "Segment " + std::to_string(segment_index_ + 1) + " of " + std::to_string(info_.segment_count);
  if (len % 4 != 0 || len >= kMaxSegmentBytes) {
    return fail(ImageError::kBadSegment, which + " has an impossible length (" + std::to_string(len) +
                                             " bytes): the file is corrupt.");
  }
  const std::size_t end = pos_ + len;
  if (expect_.file_size != 0 && end > expect_.file_size) {
    return fail(ImageError::kSegmentPastEnd,
                which + " runs past the end of the file: it is truncated or corrupt.");
  }
  if (expect_.max_size != 0 && end > expect_.max_size) {
    return fail(ImageError::kTooLarge,
                which + " ends beyond the update slot's " + std::to_string(expect_.max_size) + " bytes.");
  }
  segment_left_ = len;
  if (len > 0) {
    phase_ = Phase::kSegmentData;
  } else if (segment_index_ == 0) {
    return fail(ImageError::kNoAppDescription,
                "The first segment is empty, so there is no app description: not a printcam image.");
  } else if (++segment_index_ == info_.segment_count) {
    enter_padding();
  }
  return true;
}

bool ImageChecker::on_descriptors() {
  if (read_le32(buf_) != kAppDescMagic) {
    return fail(ImageError::kNoAppDescription,
                "The image has no ESP-IDF app description where one belongs: it is not an app image.");
  }
  info_.project_name = c_field(buf_ + kAppDescProjectOffset, 32);
  if (info_.project_name != kProjectName) {
    return fail(ImageError::kWrongProject,
                "This image is the firmware \"" + info_.project_name +
                    "\", not printcam. Only printcam images can be installed here.");
  }
  bool terminated = false;
  info_.version = c_field(buf_ + kAppDescVersionOffset, 32, &terminated);
  if (!terminated || !printable(info_.version)) {
    return fail(ImageError::kBadVersion,
                "The image's version text is empty or unreadable: the file is corrupt.");
  }
  info_.build_time = c_field(buf_ + kAppDescTimeOffset, 16);
  info_.build_date = c_field(buf_ + kAppDescDateOffset, 16);
  info_.idf_version = c_field(buf_ + kAppDescIdfOffset, 32);
  const std::uint8_t* board = buf_ + kAppDescSize;
  if (std::memcmp(board, kBoardDescMagic.data(), kBoardDescMagic.size()) != 0) {
    return fail(ImageError::kNoBoard,
                "The image does not say which board it is for (no printcam board descriptor).");
  }
  info_.board = c_field(board + kBoardDescMagic.size(), kBoardIdSize, &terminated);
  if (!terminated || info_.board != expect_.board) {
    return fail(ImageError::kWrongBoard, "This image is for the board \"" + info_.board +
                                             "\" and this camera is \"" + expect_.board +
                                             "\". Pick the file for your board.");
  }
  identity_checked_ = true;
  return true;
}

void ImageChecker::enter_padding() {
  // The checksum byte ends a 16-byte block: pad so that (length + 1) is a multiple of 16.
  const std::size_t padded = (pos_ + 1 + 15) & ~std::size_t{15};
  padding_len_ = padded - pos_;
  phase_ = Phase::kPadding;
  info_.image_size = padded + kHashSize;
  if (expect_.file_size != 0 && info_.image_size > expect_.file_size) {
    fail(ImageError::kTruncated, "The file is " + std::to_string(expect_.file_size) +
                                     " bytes but the image inside needs " + std::to_string(info_.image_size) +
                                     ": it is truncated.");
  } else if (expect_.file_size != 0 && info_.image_size < expect_.file_size) {
    fail(ImageError::kTrailingData, "The file is " + std::to_string(expect_.file_size) +
                                        " bytes but the image inside ends at " +
                                        std::to_string(info_.image_size) + ": it is not a plain app image.");
  } else if (expect_.max_size != 0 && info_.image_size > expect_.max_size) {
    fail(ImageError::kTooLarge, "The image is " + std::to_string(info_.image_size) +
                                    " bytes and the update slot holds " + std::to_string(expect_.max_size) +
                                    ".");
  }
}

bool ImageChecker::on_hash() {
  const crypto::Digest digest = sha_.finish();
  phase_ = Phase::kDone;
  if (std::memcmp(digest.data(), buf_, kHashSize) != 0) {
    return fail(ImageError::kHashMismatch,
                "The image's SHA-256 does not match its content: the file is corrupt. Download it again.");
  }
  return true;
}

bool ImageChecker::finish() {
  if (error_ != ImageError::kOk) return false;
  if (phase_ == Phase::kDone) return true;
  return fail(ImageError::kTruncated, "The file ended after " + std::to_string(pos_) +
                                          " bytes, before the image did: it is truncated.");
}

ImageError check_image(const std::uint8_t* data, std::size_t n, const ImageExpectations& expect,
                       ImageInfo* info, std::string* reason) {
  ImageExpectations e = expect;
  if (e.file_size == 0) e.file_size = n;
  ImageChecker checker(e);
  if (checker.feed(data, n)) checker.finish();
  if (info) *info = checker.info();
  if (reason) *reason = checker.reason();
  return checker.error();
}

}  // namespace printcam::ota
