#pragma once
// The simulated SD card: a folder (<data>/sdcard). The card is "inserted" while the folder exists,
// so a test can pull it by removing the folder.

#include <string>

#include "core/util/relative_path.hpp"
#include "ports/storage.hpp"

namespace printcam::host {

class FolderStorage final : public ports::Storage {
 public:
  explicit FolderStorage(std::string root) : root_(std::move(root)) {}

  bool present() const override;
  ports::StorageResult write(std::string_view path, const std::uint8_t* data, std::size_t size) override;
  ports::StorageResult read(std::string_view path, std::vector<std::uint8_t>& out) override;
  std::optional<std::uint64_t> free_bytes() const override;
  /// The folder's existence is the card's presence: nothing to look for.
  void recheck() override {}

 private:
  std::string root_;
};

using util::is_safe_relative_path;

}  // namespace printcam::host
