#pragma once
// The camera's public media URLs, kept where Prusa's firmware had them so existing setups (Home
// Assistant, OctoPrint, ffmpeg) keep working: /stream.mjpg, /snapshot.jpg, /saved-photo.jpg.

#include "core/http/router.hpp"
#include "core/media/media.hpp"

namespace printcam::media {

/// Adds the three routes, all http::Access::kViewer. `media` must outlive the router.
void register_media_routes(http::Router& router, Media& media);

}  // namespace printcam::media
