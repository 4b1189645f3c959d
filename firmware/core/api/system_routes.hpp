#pragma once

#include "core/api/device_status.hpp"
#include "core/http/router.hpp"
#include "core/log/log_buffer.hpp"
#include "ports/network.hpp"
#include "ports/system.hpp"

namespace printcam::api {

/// Most lines one GET /api/logs returns; the client pages on with `?since=<next>`.
inline constexpr std::size_t kMaxLogLinesPerRequest = 200;

/// GET /api/info, GET /api/status, GET /api/wifi/scan, POST /api/reboot (202, then the reboot),
/// GET /api/logs[?since=N] → {lines:[{seq,t,up_ms,level,msg}], next, missed}. All admin.
void add_system_routes(http::Router& router, const DeviceStatus& status, ports::System& system,
                       ports::Network& network, log::LogBuffer& logs);

}  // namespace printcam::api
