#pragma once

#include <string_view>

#include "ports/http_server.hpp"

namespace printcam::http {

/// Sends the API's one error shape: {"error":{"code","message","field"?}} with `status`.
/// `code` is a stable machine word ("not_found"); `message` says what to do, for people.
void send_error(ports::HttpResponse& res, int status, std::string_view code, std::string_view message,
                std::string_view field = {});

}  // namespace printcam::http
