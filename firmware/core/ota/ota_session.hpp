#pragma once
// One update, streamed into the slot that is not running. The bytes are checked as they arrive
// (ImageChecker) and written only after the image's identity passed: the first kIdentityBytes are
// held back until the header, the chip, the project and the board are known good, so a wrong file
// never erases the other slot (which still holds the previous firmware, the rollback target).
// finish() switches the boot slot only after every check passed, the platform's included. Any
// failure aborts the slot write and leaves the running firmware and the boot selection untouched.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/crypto/sha256.hpp"
#include "core/ota/image_checker.hpp"
#include "ports/ota_slots.hpp"

namespace printcam::ota {

/// How an update step ended: `code` is the API's stable word ("wrong_board", "flash_failed"),
/// `reason` the sentence for people, `http_status` what the route answers.
struct OtaOutcome {
  std::string code;
  std::string reason;
  int http_status = 200;

  bool ok() const { return code.empty(); }
  static OtaOutcome failure(int status, std::string code, std::string reason) {
    return OtaOutcome{std::move(code), std::move(reason), status};
  }
};

class OtaSession {
 public:
  /// `expect.max_size` is taken from the slots. `file_size` 0 means unknown (a download without
  /// a length). `file_sha256`, when given (a manifest's), must match the whole file.
  OtaSession(ports::OtaSlots& slots, ImageExpectations expect, std::size_t file_size,
             std::optional<crypto::Digest> file_sha256 = std::nullopt);
  ~OtaSession();
  OtaSession(const OtaSession&) = delete;
  OtaSession& operator=(const OtaSession&) = delete;

  /// Refuses a file that cannot fit before any byte arrives (413).
  OtaOutcome check_size() const;
  OtaOutcome write(const std::uint8_t* data, std::size_t n);
  /// After the last byte: the image's own checks, the file hash, the platform's check, then the
  /// boot slot switch. The caller reboots after a success.
  OtaOutcome finish();
  /// Drops the update (the peer left, a download failed). Safe to call at any time.
  void abort();

  std::size_t received() const { return received_; }
  std::size_t file_size() const { return file_size_; }
  const ImageInfo& info() const { return checker_.info(); }

 private:
  OtaOutcome refuse(int status, std::string code, std::string reason);
  OtaOutcome image_refused();
  OtaOutcome flash_failed(const ports::OtaResult& r, const char* step);
  OtaOutcome open_slot();

  ports::OtaSlots& slots_;
  ImageChecker checker_;
  std::size_t file_size_;
  std::size_t slot_size_;
  std::optional<crypto::Digest> file_sha256_;
  crypto::Sha256 file_hash_;
  std::array<std::uint8_t, kIdentityBytes> held_{};
  std::size_t held_len_ = 0;
  std::size_t received_ = 0;
  bool slot_open_ = false;
  bool done_ = false;
};

}  // namespace printcam::ota
