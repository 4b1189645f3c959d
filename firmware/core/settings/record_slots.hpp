#pragma once
// Power-cut-safe storage of one document over a key-value store that may tear a write. Two slots
// (A and B) each hold a record: header (magic, schema version, sequence number, length) + payload,
// sealed by a CRC-32. A save always overwrites the slot NOT holding the newest valid record, so a
// cut at any byte leaves that newest record intact; on load the valid record with the highest
// sequence number wins. The result is exactly the old or exactly the new document, never a mix.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ports/kv_store.hpp"

namespace printcam::settings {

struct Record {
  std::uint32_t seq = 0;
  std::uint16_t schema_version = 0;
  std::string payload;
};

/// Serializes a record with its header and CRC (little-endian, 20-byte header).
std::vector<std::uint8_t> encode_record(const Record& r);
/// The record in `bytes`, or nullopt when it is truncated, padded, or fails its magic or CRC.
std::optional<Record> decode_record(const std::vector<std::uint8_t>& bytes);

class RecordSlots {
 public:
  RecordSlots(ports::KvStore& kv, std::string_view ns) : kv_(kv), ns_(ns) {}

  /// Every valid record, newest first, and remembers which slot holds the newest.
  std::vector<Record> load();
  /// Declares which loaded record the caller used (the newest may have had an unreadable payload).
  void adopt(std::uint32_t seq);
  /// Writes `payload` as the next record into the slot not holding the adopted one, and commits.
  ports::KvResult save(std::uint16_t schema_version, std::string_view payload);
  /// Erases the slot that the last save() did not write (factory reset: no old secrets remain).
  ports::KvResult erase_other();

 private:
  static constexpr std::string_view kSlotKeys[2] = {"rec_a", "rec_b"};

  ports::KvStore& kv_;
  std::string ns_;
  std::uint32_t seqs_[2] = {0, 0};
  bool valid_[2] = {false, false};
  /// Slot of the record in use, -1 before any.
  int active_ = -1;
};

}  // namespace printcam::settings
