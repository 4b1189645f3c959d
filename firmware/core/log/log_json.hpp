#pragma once

#include <string>

#include "core/log/log_buffer.hpp"

namespace printcam::log {

/// Appends `{"seq","t","up_ms","level","msg"}`, the shape of a line in /api/logs and SSE.
void append_line_json(std::string& out, const Line& line);

}  // namespace printcam::log
