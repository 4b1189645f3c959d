#pragma once
// A storage port with no card in it: the state most cameras run in.

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
};

}  // namespace printcam::fakes
