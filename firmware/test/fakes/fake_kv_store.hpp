#pragma once
// An in-memory KvStore with controls: count writes, or make every write fail (a full or broken
// flash), so core tests need no files.

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ports/kv_store.hpp"

namespace printcam::fakes {

class FakeKvStore : public ports::KvStore {
 public:
  /// Every set and erase from now on fails with this status (kOk: they succeed).
  ports::KvStatus fail_writes = ports::KvStatus::kOk;
  int writes = 0;
  std::map<std::string, std::vector<std::uint8_t>> blobs;  ///< "ns/key" → bytes

  ports::KvResult get_blob(std::string_view ns, std::string_view key,
                           std::vector<std::uint8_t>& out) override {
    const auto it = blobs.find(id(ns, key));
    if (it == blobs.end()) return {ports::KvStatus::kNotFound, 0};
    out = it->second;
    return {};
  }
  ports::KvResult set_blob(std::string_view ns, std::string_view key, const std::uint8_t* data,
                           std::size_t n) override {
    if (fail_writes != ports::KvStatus::kOk) return {fail_writes, -1};
    ++writes;
    blobs[id(ns, key)].assign(data, data + n);
    return {};
  }
  ports::KvResult get_string(std::string_view ns, std::string_view key, std::string& out) override {
    std::vector<std::uint8_t> b;
    const ports::KvResult r = get_blob(ns, key, b);
    out.assign(b.begin(), b.end());
    return r;
  }
  ports::KvResult set_string(std::string_view ns, std::string_view key, std::string_view value) override {
    return set_blob(ns, key, reinterpret_cast<const std::uint8_t*>(value.data()), value.size());
  }
  ports::KvResult get_u32(std::string_view ns, std::string_view key, std::uint32_t& out) override {
    std::vector<std::uint8_t> b;
    const ports::KvResult r = get_blob(ns, key, b);
    if (r.ok() && b.size() == 4) out = b[0] | (b[1] << 8) | (b[2] << 16) | (std::uint32_t{b[3]} << 24);
    return r;
  }
  ports::KvResult set_u32(std::string_view ns, std::string_view key, std::uint32_t value) override {
    const std::uint8_t b[4] = {static_cast<std::uint8_t>(value), static_cast<std::uint8_t>(value >> 8),
                               static_cast<std::uint8_t>(value >> 16),
                               static_cast<std::uint8_t>(value >> 24)};
    return set_blob(ns, key, b, 4);
  }
  ports::KvResult erase(std::string_view ns, std::string_view key) override {
    if (fail_writes != ports::KvStatus::kOk) return {fail_writes, -1};
    ++writes;
    return blobs.erase(id(ns, key)) ? ports::KvResult{} : ports::KvResult{ports::KvStatus::kNotFound, 0};
  }
  ports::KvResult commit(std::string_view) override { return {}; }

  /// Everything stored, as one string, to search for leaked secrets.
  std::string all_bytes() const {
    std::string out;
    for (const auto& [k, v] : blobs) out.append(v.begin(), v.end());
    return out;
  }

 private:
  static std::string id(std::string_view ns, std::string_view key) {
    return std::string(ns) + "/" + std::string(key);
  }
};

}  // namespace printcam::fakes
