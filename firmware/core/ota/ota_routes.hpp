#pragma once
// The OTA routes (firmware/API.md, "OTA"):
//   GET  /api/ota      the update's state and progress, the running and the previous firmware
//   POST /api/ota      body: the app image, streamed (Content-Length required)
//   POST /api/ota/url  body {"url", "size"?, "sha256"?} or {"manifest"}; the camera downloads it

#include "core/http/router.hpp"
#include "core/ota/ota_download.hpp"
#include "core/ota/ota_manager.hpp"

namespace printcam::ota {

/// The largest JSON body /api/ota/url takes: two URLs' worth.
inline constexpr std::size_t kMaxUrlBodyBytes = 2048;
/// Bytes read from the request per write to the slot: one flash page.
inline constexpr std::size_t kUploadChunkBytes = 4096;

void register_ota_routes(http::Router& router, OtaManager& manager, OtaDownloader& downloader);

}  // namespace printcam::ota
