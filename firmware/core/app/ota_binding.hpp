#pragma once
// Firmware updates, served through the app. Each platform's main builds the OTA manager before
// the app (the running version comes from the slot the bootloader picked, and the app reports
// it), then binds it here: the routes, the `ota` status section and capability, and an `ota`
// event on every change.

#include <functional>
#include <string>

#include "core/app/device_app.hpp"
#include "core/ota/ota_download.hpp"
#include "core/ota/ota_manager.hpp"
#include "generated/boards.hpp"
#include "ports/network.hpp"

namespace printcam::app {

/// The manager's configuration on `board`: images for this chip and board only.
ota::OtaManagerConfig ota_config_for(const generated::BoardInfo& board, std::string builtin_version,
                                     std::function<void()> reboot, std::function<bool()> healthy);

/// The health an update must show to be kept: serving HTTP, and on the station's network or the
/// setup AP. A firmware nobody can reach to update again is rolled back.
bool reachable(bool serving, const ports::WifiState& wifi);

/// Serves `manager` and `downloader` through `device`; call before the HTTP server starts.
void serve_ota(DeviceApp& device, ota::OtaManager& manager, ota::OtaDownloader& downloader);

}  // namespace printcam::app
