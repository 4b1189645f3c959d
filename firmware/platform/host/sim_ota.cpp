#include "platform/host/sim_ota.hpp"

#include "core/ota/board_identity.hpp"

namespace printcam::host {
namespace {

FileOtaSlots::BootCheck boot_check(const generated::BoardInfo& board) {
  return [expect = ota::expectations_for(board)](const std::vector<std::uint8_t>& image) mutable {
    expect.max_size = kSimSlotBytes;
    return ota::check_image(image.data(), image.size(), expect) == ota::ImageError::kOk;
  };
}

ota::OtaManagerConfig manager_config(const SimOtaConfig& c) {
  ota::OtaManagerConfig m;
  m.identity = ota::expectations_for(*c.board);
  m.builtin_version = c.builtin_version;
  m.reboot = c.reboot;
  m.healthy = c.healthy;
  return m;
}

}  // namespace

SimOta::SimOta(const SimOtaConfig& config, const ports::Clock& clock)
    : slots_(config.data_dir, kSimSlotBytes, boot_check(*config.board)),
      manager_(slots_, clock, manager_config(config)),
      downloader_(manager_, http_, config.board->id, ota::chip_family_of(config.board->chip)) {}

}  // namespace printcam::host
