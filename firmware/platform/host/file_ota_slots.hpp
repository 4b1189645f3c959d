#pragma once
// The host's app slots: <dir>/app-slots/slot0.bin and slot1.bin stand for the ota_0 and ota_1 partitions,
// <dir>/app-slots/otadata for the boot selector. Constructing a FileOtaSlots is a boot: it applies the
// ESP-IDF bootloader's rules to the selector, and the result is the running slot.
//
// The selector, like ESP-IDF's otadata, is two 16-byte entries {seq, state, reserved, crc32(seq)};
// the valid entry with the highest seq names the slot (seq - 1) % 2. A switch writes the entry that
// is not in use, so a write cut by a power loss leaves a bad CRC there and the old entry rules.
// At boot: an entry in NEW becomes PENDING_VERIFY and boots; one still PENDING_VERIFY (the app never
// confirmed it) becomes ABORTED and the other entry boots; INVALID and ABORTED entries are skipped;
// a slot whose image the boot check refuses is skipped; with no usable entry, slot 0 boots (the
// image the flasher wrote; on the host an absent slot0.bin is the built-in firmware).
//
// Power-cut injection as in FileKvStore: set_power_cut_after(n) lets n more bytes reach the disk
// (an erase counts as one byte) and drops everything after.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ports/ota_slots.hpp"

namespace printcam::host {

class FileOtaSlots final : public ports::OtaSlots {
 public:
  /// Whether the bootloader would load this image (the simulator checks it like the core does).
  using BootCheck = std::function<bool(const std::vector<std::uint8_t>& image)>;

  /// Boots from the selector in `dir`/app-slots (created if missing). `boot_check` empty accepts any
  /// non-empty image.
  FileOtaSlots(std::string dir, std::size_t slot_size, BootCheck boot_check = {});

  std::size_t slot_size() const override { return slot_size_; }
  int running_slot() const override { return running_; }
  ports::SlotState state(int slot) const override;
  ports::OtaResult read(int slot, std::size_t offset, std::uint8_t* out, std::size_t n) const override;
  ports::OtaResult begin(std::size_t image_size) override;
  ports::OtaResult write(const std::uint8_t* data, std::size_t n) override;
  ports::OtaResult finish() override;
  void abort() override { open_ = false; }
  ports::OtaResult set_boot_slot(int slot) override;
  ports::OtaResult mark_running_valid() override;
  ports::OtaResult rollback() override;

  /// True when slot `slot` has ever been written (slot0.bin absent = the built-in firmware).
  bool has_image(int slot) const;
  /// The slot the next boot would start, by the rules above (does not change anything).
  int next_boot_slot() const;

  void set_power_cut_after(std::optional<std::size_t> n) { budget_ = n; }
  bool power_cut() const { return cut_; }
  std::size_t bytes_written() const { return written_; }

 private:
  struct Entry {
    std::uint32_t seq = 0xFFFFFFFF;
    std::uint32_t state = 0xFFFFFFFF;
    bool valid = false;
    int slot() const { return static_cast<int>((seq - 1) % 2); }
  };

  std::string slot_path(int slot) const;
  Entry read_entry(int index) const;
  /// Index of the valid entry with the highest seq, or -1.
  int active_entry() const;
  bool write_entry(int index, std::uint32_t seq, std::uint32_t state);
  bool write_state(int index, std::uint32_t state);
  /// Writes `n` bytes at `offset` of `path` in place, within the power budget.
  bool write_at(const std::string& path, std::size_t offset, const std::uint8_t* data, std::size_t n);
  bool bootable(int slot) const;
  void boot();

  std::string dir_;
  std::size_t slot_size_;
  BootCheck boot_check_;
  int running_ = 0;
  int running_entry_ = -1;
  bool open_ = false;
  std::size_t open_size_ = 0;
  bool open_exact_ = false;
  std::size_t open_written_ = 0;
  std::optional<std::size_t> budget_;
  bool cut_ = false;
  std::size_t written_ = 0;
};

}  // namespace printcam::host
