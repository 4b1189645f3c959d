#include "core/ota/ota_session.hpp"

#include <algorithm>
#include <cstring>

namespace printcam::ota {
namespace {

ImageExpectations with_slot(ImageExpectations e, std::size_t slot_size, std::size_t file_size) {
  e.max_size = slot_size;
  e.file_size = file_size;
  return e;
}

}  // namespace

OtaSession::OtaSession(ports::OtaSlots& slots, ImageExpectations expect, std::size_t file_size,
                       std::optional<crypto::Digest> file_sha256)
    : slots_(slots),
      checker_(with_slot(std::move(expect), slots.slot_size(), file_size)),
      file_size_(file_size),
      slot_size_(slots.slot_size()),
      file_sha256_(file_sha256) {}

OtaSession::~OtaSession() {
  abort();
}

OtaOutcome OtaSession::check_size() const {
  if (file_size_ > slot_size_) {
    return OtaOutcome::failure(413, "image_too_large",
                               "The file is " + std::to_string(file_size_) +
                                   " bytes and the update slot holds " + std::to_string(slot_size_) +
                                   ". Is it the app image, not the factory image?");
  }
  return {};
}

OtaOutcome OtaSession::refuse(int status, std::string code, std::string reason) {
  abort();
  return OtaOutcome::failure(status, std::move(code), std::move(reason));
}

OtaOutcome OtaSession::image_refused() {
  const ImageError e = checker_.error();
  return refuse(e == ImageError::kTooLarge ? 413 : 400, std::string(image_error_code(e)), checker_.reason());
}

OtaOutcome OtaSession::flash_failed(const ports::OtaResult& r, const char* step) {
  return refuse(500, "flash_failed",
                std::string("Writing the update failed (") + step + ": " + std::string(r.detail) +
                    "). The running firmware is untouched; try again.");
}

OtaOutcome OtaSession::open_slot() {
  const ports::OtaResult r = slots_.begin(file_size_);
  if (!r.ok()) return flash_failed(r, "erase");
  slot_open_ = true;
  const ports::OtaResult w = slots_.write(held_.data(), held_len_);
  if (!w.ok()) return flash_failed(w, "write");
  return {};
}

OtaOutcome OtaSession::write(const std::uint8_t* data, std::size_t n) {
  if (done_) return OtaOutcome::failure(409, "ota_finished", "This update already ended.");
  if (file_size_ != 0 && received_ + n > file_size_) {
    return refuse(400, "too_many_bytes", "More bytes arrived than the announced size.");
  }
  file_hash_.update(data, n);
  received_ += n;
  if (!checker_.feed(data, n)) return image_refused();
  if (!slot_open_) {
    // Hold the first bytes back until the identity checks passed, then erase and write.
    const std::size_t take = std::min(n, held_.size() - held_len_);
    std::memcpy(held_.data() + held_len_, data, take);
    held_len_ += take;
    data += take;
    n -= take;
    if (!checker_.identity_checked()) return {};
    if (OtaOutcome o = open_slot(); !o.ok()) return o;
  }
  if (n == 0) return {};
  const ports::OtaResult r = slots_.write(data, n);
  if (!r.ok()) return flash_failed(r, "write");
  return {};
}

OtaOutcome OtaSession::finish() {
  if (done_) return OtaOutcome::failure(409, "ota_finished", "This update already ended.");
  if (!checker_.finish()) return image_refused();
  if (file_sha256_ && file_hash_.finish() != *file_sha256_) {
    return refuse(400, "sha256_mismatch",
                  "The file's SHA-256 differs from the one the manifest announced: it is corrupt or was "
                  "replaced. Nothing was installed.");
  }
  slot_open_ = false;
  if (const ports::OtaResult r = slots_.finish(); !r.ok()) {
    slots_.abort();
    return refuse(r.error == ports::OtaError::kInvalidImage ? 400 : 500,
                  r.error == ports::OtaError::kInvalidImage ? "platform_rejected" : "flash_failed",
                  "The camera's own image check refused the written update (" + std::string(r.detail) +
                      "). The running firmware is untouched.");
  }
  const int target = ports::other_slot(slots_.running_slot());
  if (const ports::OtaResult r = slots_.set_boot_slot(target); !r.ok()) return flash_failed(r, "switch");
  done_ = true;
  return {};
}

void OtaSession::abort() {
  if (slot_open_) slots_.abort();
  slot_open_ = false;
  done_ = true;
}

}  // namespace printcam::ota
