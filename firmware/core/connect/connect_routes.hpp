#pragma once

#include "core/connect/upload_worker.hpp"
#include "core/http/router.hpp"

namespace printcam::connect {

/// POST /api/connect/upload (admin): 202 {"queued":true} and the worker uploads within the 10 s
/// floor; 409 with the API's error shape when uploads are off or not configured.
void register_connect_routes(http::Router& router, UploadTrigger& trigger);

}  // namespace printcam::connect
