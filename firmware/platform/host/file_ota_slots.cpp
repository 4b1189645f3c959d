#include "platform/host/file_ota_slots.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "core/util/crc32.hpp"

namespace printcam::host {
namespace {

using ports::OtaError;
using ports::OtaResult;
using ports::SlotState;

// esp_ota_img_states_t values as otadata stores them.
constexpr std::uint32_t kNew = 0x0;
constexpr std::uint32_t kPendingVerify = 0x1;
constexpr std::uint32_t kValid = 0x2;
constexpr std::uint32_t kInvalid = 0x3;
constexpr std::uint32_t kAborted = 0x4;
constexpr std::uint32_t kUndefined = 0xFFFFFFFF;
constexpr std::size_t kEntrySize = 16;

std::uint32_t seq_crc(std::uint32_t seq) {
  std::uint8_t b[4];
  for (int i = 0; i < 4; ++i) b[i] = static_cast<std::uint8_t>(seq >> (8 * i));
  return util::crc32(b, 4);
}

std::vector<std::uint8_t> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<std::uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::uint32_t le32(const std::vector<std::uint8_t>& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | b[at + static_cast<std::size_t>(i)];
  return v;
}

OtaResult flash_error(std::string_view detail) {
  return {OtaError::kFlashError, errno, detail};
}

}  // namespace

FileOtaSlots::FileOtaSlots(std::string dir, std::size_t slot_size, BootCheck boot_check)
    : dir_(std::move(dir) + "/app-slots"), slot_size_(slot_size), boot_check_(std::move(boot_check)) {
  ::mkdir(dir_.c_str(), 0755);
  boot();
}

std::string FileOtaSlots::slot_path(int slot) const {
  return dir_ + "/slot" + std::to_string(slot) + ".bin";
}

bool FileOtaSlots::has_image(int slot) const {
  struct stat st {};
  return ::stat(slot_path(slot).c_str(), &st) == 0;
}

FileOtaSlots::Entry FileOtaSlots::read_entry(int index) const {
  const std::vector<std::uint8_t> data = read_all(dir_ + "/otadata");
  Entry e;
  const std::size_t at = static_cast<std::size_t>(index) * kEntrySize;
  if (data.size() < at + kEntrySize) return e;  // never written: erased flash
  e.seq = le32(data, at);
  e.state = le32(data, at + 4);
  e.valid = e.seq != 0xFFFFFFFF && e.seq != 0 && le32(data, at + 12) == seq_crc(e.seq);
  return e;
}

int FileOtaSlots::active_entry() const {
  const Entry a = read_entry(0), b = read_entry(1);
  if (a.valid && (!b.valid || a.seq >= b.seq)) return 0;
  return b.valid ? 1 : -1;
}

bool FileOtaSlots::write_at(const std::string& path, std::size_t offset, const std::uint8_t* data,
                            std::size_t n) {
  std::size_t allowed = n;
  if (budget_) {
    allowed = std::min(n, *budget_);
    *budget_ -= allowed;
    if (allowed < n) cut_ = true;
  }
  if (allowed > 0) {
    std::FILE* f = std::fopen(path.c_str(), "r+b");
    if (f == nullptr) f = std::fopen(path.c_str(), "w+b");
    if (f == nullptr) return false;
    // Flash erases to 0xFF: a gap before `offset` reads as erased bytes.
    std::fseek(f, 0, SEEK_END);
    for (long size = std::ftell(f); static_cast<std::size_t>(size) < offset; ++size) std::fputc(0xFF, f);
    std::fseek(f, static_cast<long>(offset), SEEK_SET);
    const bool ok = std::fwrite(data, 1, allowed, f) == allowed;
    if (std::fclose(f) != 0 || !ok) return false;
  }
  written_ += allowed;
  return allowed == n;
}

bool FileOtaSlots::write_entry(int index, std::uint32_t seq, std::uint32_t state) {
  std::uint8_t e[kEntrySize];
  const std::uint32_t words[4] = {seq, state, 0xFFFFFFFF, seq_crc(seq)};
  for (std::size_t w = 0; w < 4; ++w)
    for (std::size_t i = 0; i < 4; ++i) e[w * 4 + i] = static_cast<std::uint8_t>(words[w] >> (8 * i));
  return write_at(dir_ + "/otadata", static_cast<std::size_t>(index) * kEntrySize, e, kEntrySize);
}

bool FileOtaSlots::write_state(int index, std::uint32_t state) {
  std::uint8_t b[4];
  for (int i = 0; i < 4; ++i) b[i] = static_cast<std::uint8_t>(state >> (8 * i));
  return write_at(dir_ + "/otadata", static_cast<std::size_t>(index) * kEntrySize + 4, b, 4);
}

bool FileOtaSlots::bootable(int slot) const {
  if (!has_image(slot)) return slot == 0;  // the flasher's image, built into the simulator
  const std::vector<std::uint8_t> image = read_all(slot_path(slot));
  return boot_check_ ? boot_check_(image) : !image.empty();
}

int FileOtaSlots::next_boot_slot() const {
  const int first = active_entry();
  for (int index : {first, first < 0 ? -1 : 1 - first}) {
    if (index < 0) continue;
    const Entry e = read_entry(index);
    if (!e.valid || e.state == kInvalid || e.state == kAborted || e.state == kPendingVerify) continue;
    if (bootable(e.slot())) return e.slot();
  }
  return 0;
}

void FileOtaSlots::boot() {
  // The bootloader's pass: the newest entry first, then the other one.
  running_ = 0;
  running_entry_ = -1;
  const int first = active_entry();
  for (int index : {first, first < 0 ? -1 : 1 - first}) {
    if (index < 0) continue;
    const Entry e = read_entry(index);
    if (!e.valid || e.state == kInvalid || e.state == kAborted) continue;
    if (e.state == kPendingVerify) {
      // Booted once and never confirmed: give up on it.
      write_state(index, kAborted);
      continue;
    }
    if (!bootable(e.slot())) continue;
    if (e.state == kNew) write_state(index, kPendingVerify);
    running_ = e.slot();
    running_entry_ = index;
    return;
  }
}

SlotState FileOtaSlots::state(int slot) const {
  for (int index : {0, 1}) {
    const Entry e = read_entry(index);
    if (!e.valid || e.slot() != slot) continue;
    // The newest entry naming this slot speaks for it.
    const Entry other = read_entry(1 - index);
    if (other.valid && other.slot() == slot && other.seq > e.seq) continue;
    switch (e.state) {
      case kNew:
        return SlotState::kNew;
      case kPendingVerify:
        return SlotState::kPendingVerify;
      case kValid:
        return SlotState::kValid;
      case kInvalid:
        return SlotState::kInvalid;
      case kAborted:
        return SlotState::kAborted;
      case kUndefined:
      default:
        return SlotState::kUnknown;
    }
  }
  return SlotState::kUnknown;
}

OtaResult FileOtaSlots::read(int slot, std::size_t offset, std::uint8_t* out, std::size_t n) const {
  if (slot < 0 || slot >= kSlotCount || offset + n > slot_size_) {
    return {OtaError::kInvalidArgument, 0, "no such slot or range"};
  }
  std::ifstream in(slot_path(slot), std::ios::binary);
  if (!in) return {OtaError::kInvalidState, ENOENT, "the slot was never written"};
  in.seekg(static_cast<std::streamoff>(offset));
  in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(n));
  if (static_cast<std::size_t>(in.gcount()) != n) return {OtaError::kInvalidState, 0, "the slot holds less"};
  return {};
}

OtaResult FileOtaSlots::begin(std::size_t image_size) {
  if (image_size > slot_size_) return {OtaError::kTooLarge, 0, "the image is larger than the slot"};
  open_ = false;
  // The erase: one "byte" of the power budget, then the slot is empty.
  if (budget_) {
    if (*budget_ == 0) {
      cut_ = true;
      return flash_error("power cut");
    }
    --*budget_;
  }
  std::FILE* f = std::fopen(slot_path(ports::other_slot(running_)).c_str(), "wb");
  if (f == nullptr || std::fclose(f) != 0) return flash_error("cannot erase the slot file");
  ++written_;
  open_ = true;
  // 0 is OTA_SIZE_UNKNOWN: the whole slot may be written.
  open_exact_ = image_size != 0;
  open_size_ = open_exact_ ? image_size : slot_size_;
  open_written_ = 0;
  return {};
}

OtaResult FileOtaSlots::write(const std::uint8_t* data, std::size_t n) {
  if (!open_) return {OtaError::kInvalidState, 0, "no update is open"};
  if (open_written_ + n > open_size_) return {OtaError::kTooLarge, 0, "more bytes than announced"};
  if (!write_at(slot_path(ports::other_slot(running_)), open_written_, data, n)) {
    return flash_error("the slot write failed");
  }
  open_written_ += n;
  return {};
}

OtaResult FileOtaSlots::finish() {
  if (!open_) return {OtaError::kInvalidState, 0, "no update is open"};
  open_ = false;
  if ((open_exact_ && open_written_ != open_size_) || !bootable(ports::other_slot(running_))) {
    return {OtaError::kInvalidImage, 0, "the written image does not verify"};
  }
  return {};
}

OtaResult FileOtaSlots::set_boot_slot(int slot) {
  if (slot < 0 || slot >= kSlotCount) return {OtaError::kInvalidArgument, 0, "no such slot"};
  if (!bootable(slot)) return {OtaError::kInvalidImage, 0, "the slot holds no bootable image"};
  const int active = active_entry();
  std::uint32_t seq = active < 0 ? 1 : read_entry(active).seq + 1;
  while (static_cast<int>((seq - 1) % 2) != slot) ++seq;
  // Write the entry not in use: a cut here leaves it with a bad CRC and the old one rules.
  if (!write_entry(active < 0 ? 0 : 1 - active, seq, kNew)) return flash_error("the selector write failed");
  return {};
}

OtaResult FileOtaSlots::mark_running_valid() {
  if (running_entry_ < 0) return {};  // booted without a selector entry: nothing to confirm
  const Entry e = read_entry(running_entry_);
  if (e.state == kValid) return {};
  if (!write_state(running_entry_, kValid)) return flash_error("the selector write failed");
  return {};
}

OtaResult FileOtaSlots::rollback() {
  if (running_entry_ < 0) return {OtaError::kInvalidState, 0, "nothing to roll back to"};
  if (!write_state(running_entry_, kInvalid)) return flash_error("the selector write failed");
  return {};
}

}  // namespace printcam::host
