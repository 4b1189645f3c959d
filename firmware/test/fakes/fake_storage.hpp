#pragma once
// Storage ports for tests: no card at all (the state most cameras run in), and a card in memory
// that a test can pull, fill up or make fail. Thread-safe: the photo archive writes from its own
// thread while the test looks.

#include <map>
#include <mutex>
#include <string>

#include "ports/storage.hpp"

namespace printcam::fakes {

class NoCardStorage final : public ports::Storage {
 public:
  bool present() const override { return false; }
  ports::StorageResult write(std::string_view, const std::uint8_t*, std::size_t) override {
    return {ports::StorageError::kAbsent};
  }
  ports::StorageResult read(std::string_view, std::vector<std::uint8_t>&) override {
    return {ports::StorageError::kAbsent};
  }
  std::optional<std::uint64_t> free_bytes() const override { return std::nullopt; }
  void recheck() override {}
};

class MemoryCard final : public ports::Storage {
 public:
  explicit MemoryCard(std::uint64_t free = 1ull << 30) : free_(free) {}

  /// Inserts (true) or pulls (false) the card; its files stay with it.
  void set_present(bool present) {
    std::lock_guard<std::mutex> lock(mu_);
    present_ = present;
    if (!present) mounted_ = false;
  }
  /// As on the ESP32: a card put back is not seen until recheck() mounts it.
  void set_needs_remount(bool needs) {
    std::lock_guard<std::mutex> lock(mu_);
    needs_remount_ = needs;
  }
  int rechecks() const {
    std::lock_guard<std::mutex> lock(mu_);
    return rechecks_;
  }
  void set_free(std::uint64_t free) {
    std::lock_guard<std::mutex> lock(mu_);
    free_ = free;
  }
  /// Every later write fails with `error` (kNone: writes work again).
  void fail_writes(ports::StorageError error) {
    std::lock_guard<std::mutex> lock(mu_);
    forced_ = error;
  }
  std::map<std::string, std::vector<std::uint8_t>> files() const {
    std::lock_guard<std::mutex> lock(mu_);
    return files_;
  }
  int write_calls() const {
    std::lock_guard<std::mutex> lock(mu_);
    return write_calls_;
  }

  bool present() const override {
    std::lock_guard<std::mutex> lock(mu_);
    return seen();
  }
  void recheck() override {
    std::lock_guard<std::mutex> lock(mu_);
    ++rechecks_;
    mounted_ = present_;
  }
  ports::StorageResult write(std::string_view path, const std::uint8_t* data, std::size_t size) override {
    std::lock_guard<std::mutex> lock(mu_);
    ++write_calls_;
    if (!seen()) return {ports::StorageError::kAbsent};
    if (forced_ != ports::StorageError::kNone) return {forced_, 5};
    if (size > free_) return {ports::StorageError::kFull, 28};
    free_ -= size;
    files_[std::string(path)].assign(data, data + size);
    return {};
  }
  ports::StorageResult read(std::string_view path, std::vector<std::uint8_t>& out) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (!seen()) return {ports::StorageError::kAbsent};
    const auto it = files_.find(std::string(path));
    if (it == files_.end()) return {ports::StorageError::kNotFound};
    out = it->second;
    return {};
  }
  std::optional<std::uint64_t> free_bytes() const override {
    std::lock_guard<std::mutex> lock(mu_);
    if (!seen()) return std::nullopt;
    return free_;
  }

 private:
  /// Under the lock: in, and (where that needs a recheck) mounted.
  bool seen() const { return present_ && (!needs_remount_ || mounted_); }

  mutable std::mutex mu_;
  bool present_ = true;
  bool needs_remount_ = false;
  bool mounted_ = true;
  int rechecks_ = 0;
  std::uint64_t free_;
  ports::StorageError forced_ = ports::StorageError::kNone;
  std::map<std::string, std::vector<std::uint8_t>> files_;
  int write_calls_ = 0;
};

}  // namespace printcam::fakes
