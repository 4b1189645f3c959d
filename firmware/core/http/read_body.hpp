#pragma once

#include <cstddef>
#include <string>

#include "ports/http_server.hpp"

namespace printcam::http {

enum class BodyStatus { kOk, kTooLarge, kIncomplete };

/// Reads the whole request body into `out` when it is at most `limit` bytes. kTooLarge is
/// decided from Content-Length before reading anything; kIncomplete means the peer stopped
/// sending or went silent.
BodyStatus read_body(ports::HttpRequest& req, std::size_t limit, std::string& out);

/// Reads a small JSON body, answering 413 or 400 itself when it cannot; true when `out` holds it.
bool read_small_body(ports::HttpRequest& req, ports::HttpResponse& res, std::size_t limit, std::string& out);

}  // namespace printcam::http
