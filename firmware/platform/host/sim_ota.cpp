#include "platform/host/sim_ota.hpp"

#include "core/app/ota_binding.hpp"
#include "core/ota/board_identity.hpp"

namespace printcam::host {
namespace {

FileOtaSlots::BootCheck boot_check(const generated::BoardInfo& board) {
  return [expect = ota::expectations_for(board)](const std::vector<std::uint8_t>& image) mutable {
    expect.max_size = kSimSlotBytes;
    return ota::check_image(image.data(), image.size(), expect) == ota::ImageError::kOk;
  };
}

}  // namespace

SimOta::SimOta(const SimOtaConfig& config, const ports::Clock& clock)
    : slots_(config.data_dir, kSimSlotBytes, boot_check(*config.board)),
      manager_(slots_, clock,
               app::ota_config_for(*config.board, config.builtin_version, config.reboot, config.healthy)),
      downloader_(manager_, http_, config.board->id, ota::chip_family_of(config.board->chip)) {}

}  // namespace printcam::host
