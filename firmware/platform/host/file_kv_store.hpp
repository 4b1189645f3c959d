#pragma once
// The host's key-value store: one file per key under <dir>/<namespace>/, its first byte the value's
// type. A test control simulates a power cut at any byte: set_power_cut_after(n) lets n more bytes
// reach the disk, then drops the rest of that write and every later write and erase, the way a
// flash write stops when the power does. A new FileKvStore over the same folder is the reboot.

#include <cstddef>
#include <optional>
#include <string>

#include "ports/kv_store.hpp"

namespace printcam::host {

class FileKvStore final : public ports::KvStore {
 public:
  explicit FileKvStore(std::string dir);

  ports::KvResult get_blob(std::string_view ns, std::string_view key,
                           std::vector<std::uint8_t>& out) override;
  ports::KvResult set_blob(std::string_view ns, std::string_view key, const std::uint8_t* data,
                           std::size_t n) override;
  ports::KvResult get_string(std::string_view ns, std::string_view key, std::string& out) override;
  ports::KvResult set_string(std::string_view ns, std::string_view key, std::string_view value) override;
  ports::KvResult get_u32(std::string_view ns, std::string_view key, std::uint32_t& out) override;
  ports::KvResult set_u32(std::string_view ns, std::string_view key, std::uint32_t value) override;
  ports::KvResult erase(std::string_view ns, std::string_view key) override;
  ports::KvResult commit(std::string_view ns) override;

  /// Power-cut injection: the next `n` bytes written reach the disk, byte n+1 and everything after
  /// (including erases, which count as one byte) are lost. nullopt restores power.
  void set_power_cut_after(std::optional<std::size_t> n) { budget_ = n; }
  /// True once a cut has dropped at least one byte.
  bool power_cut() const { return cut_; }
  /// Bytes written since construction (sizes a power-cut loop).
  std::size_t bytes_written() const { return written_; }

 private:
  ports::KvResult path_for(std::string_view ns, std::string_view key, std::string& path) const;
  ports::KvResult read(std::string_view ns, std::string_view key, char type, std::string& payload);
  ports::KvResult write(std::string_view ns, std::string_view key, char type, std::string_view payload);

  std::string dir_;
  std::optional<std::size_t> budget_;
  bool cut_ = false;
  std::size_t written_ = 0;
};

}  // namespace printcam::host
