#pragma once
// What the Prusa Connect uploader reads from the rest of the camera: its settings, the frame hub,
// the network and the board's identity.

#include <functional>

#include "core/connect/uploader_inputs.hpp"
#include "core/media/media.hpp"
#include "core/settings/settings_store.hpp"
#include "ports/network.hpp"
#include "ports/system.hpp"

namespace printcam::app {

/// The uploader's inputs. Every reference must outlive the uploader. `ota_active` may be empty.
connect::UploaderInputs uploader_inputs(const settings::SettingsStore& settings, media::Media& media,
                                        const ports::Network& network, const ports::System& system,
                                        std::function<bool()> ota_active);

}  // namespace printcam::app
