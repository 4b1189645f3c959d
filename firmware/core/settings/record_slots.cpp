#include "core/settings/record_slots.hpp"

#include "core/util/crc32.hpp"

namespace printcam::settings {
namespace {

/// "PCS1": identifies a printcam settings record, version 1 of the layout below.
constexpr std::uint32_t kMagic = 0x31534350;
constexpr std::size_t kHeaderSize = 20;
/// Far above any real settings document; a larger length field means corruption.
constexpr std::uint32_t kMaxPayload = 64 * 1024;

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
std::uint32_t get32(const std::uint8_t* p) {
  return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) |
         (std::uint32_t{p[3]} << 24);
}

}  // namespace

// Layout: magic u32 | schema_version u16 | reserved u16 (0) | seq u32 | length u32 | crc u32 | payload.
// The CRC covers the 16 header bytes before it and the payload.
std::vector<std::uint8_t> encode_record(const Record& r) {
  std::vector<std::uint8_t> out;
  out.reserve(kHeaderSize + r.payload.size());
  put32(out, kMagic);
  put32(out, r.schema_version);
  put32(out, r.seq);
  put32(out, static_cast<std::uint32_t>(r.payload.size()));
  const auto* payload = reinterpret_cast<const std::uint8_t*>(r.payload.data());
  put32(out, util::crc32(payload, r.payload.size(), util::crc32(out.data(), out.size())));
  out.insert(out.end(), payload, payload + r.payload.size());
  return out;
}

std::optional<Record> decode_record(const std::vector<std::uint8_t>& bytes) {
  if (bytes.size() < kHeaderSize) return std::nullopt;
  const std::uint8_t* p = bytes.data();
  const std::uint32_t length = get32(p + 12);
  if (get32(p) != kMagic || get32(p + 4) > 0xFFFF || length > kMaxPayload ||
      bytes.size() != kHeaderSize + length) {
    return std::nullopt;
  }
  if (util::crc32(p + kHeaderSize, length, util::crc32(p, 16)) != get32(p + 16)) return std::nullopt;
  Record r;
  r.schema_version = static_cast<std::uint16_t>(get32(p + 4));
  r.seq = get32(p + 8);
  r.payload.assign(reinterpret_cast<const char*>(p + kHeaderSize), length);
  return r;
}

std::vector<Record> RecordSlots::load() {
  std::vector<Record> found;
  for (int slot = 0; slot < 2; ++slot) {
    valid_[slot] = false;
    std::vector<std::uint8_t> bytes;
    if (!kv_.get_blob(ns_, kSlotKeys[slot], bytes).ok()) continue;
    auto record = decode_record(bytes);
    if (!record) continue;
    valid_[slot] = true;
    seqs_[slot] = record->seq;
    found.push_back(std::move(*record));
  }
  if (found.size() == 2 && found[1].seq > found[0].seq) std::swap(found[0], found[1]);
  active_ = -1;
  if (!found.empty()) adopt(found.front().seq);
  return found;
}

void RecordSlots::adopt(std::uint32_t seq) {
  for (int slot = 0; slot < 2; ++slot) {
    if (valid_[slot] && seqs_[slot] == seq) active_ = slot;
  }
}

ports::KvResult RecordSlots::save(std::uint16_t schema_version, std::string_view payload) {
  const int target = active_ == 0 ? 1 : 0;
  std::uint32_t seq = 1;
  for (int slot = 0; slot < 2; ++slot) {
    if (valid_[slot] && seqs_[slot] >= seq) seq = seqs_[slot] + 1;
  }
  const std::vector<std::uint8_t> bytes = encode_record(Record{seq, schema_version, std::string(payload)});
  // The target now holds neither the old record nor, until the write completes, the new one.
  valid_[target] = false;
  ports::KvResult r = kv_.set_blob(ns_, kSlotKeys[target], bytes.data(), bytes.size());
  if (r.ok()) r = kv_.commit(ns_);
  if (!r.ok()) return r;
  valid_[target] = true;
  seqs_[target] = seq;
  active_ = target;
  return r;
}

ports::KvResult RecordSlots::erase_other() {
  const int other = active_ == 0 ? 1 : 0;
  ports::KvResult r = kv_.erase(ns_, kSlotKeys[other]);
  if (r.status == ports::KvStatus::kNotFound) r = {};
  if (r.ok()) r = kv_.commit(ns_);
  if (r.ok()) valid_[other] = false;
  return r;
}

}  // namespace printcam::settings
