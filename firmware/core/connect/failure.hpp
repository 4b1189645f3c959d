#pragma once
// Every way an upload can end, as a stable code for programs and a sentence for people that says
// what to do. Sources: the Prusa firmware's README troubleshooting and connect-api v0.22.0
// (reference/printer-integrations.md §1, prusaconnect-esp32cam.md §3.5).

#include <cstdint>
#include <string_view>

#include "ports/http_client.hpp"

namespace printcam::connect {

enum class Failure : std::uint8_t {
  kNone,
  kNoFrame,          ///< The camera gave no picture.
  kInvalidUrl,       ///< upload.url does not parse.
  kUnsupportedUrl,   ///< A scheme this build cannot speak (https in the simulator).
  kBadRequestBuild,  ///< The client refused our own request (a bad header); a bug or bad setting.
  kDnsFailure,
  kConnectFailure,
  kTlsFailure,
  kTimeout,
  kConnectionLost,
  kBadResponse,
  kCancelled,
  kBadRequest,      ///< 400
  kUnauthorized,    ///< 401
  kForbidden,       ///< 403
  kPrinterOffline,  ///< 404
  kTooLarge,        ///< 413
  kRateLimited,     ///< 429
  kServerError,     ///< 5xx
  kUnexpectedStatus,
};

/// Statuses Connect answers on success: 204 for a snapshot, 200 for info; 201 is seen too.
bool is_success_status(int status);

Failure classify_status(int status);
Failure classify_client_error(ports::HttpClientError error);

/// Stable machine word, e.g. "printer_offline".
std::string_view failure_code(Failure f);
/// What happened and what to do, e.g. "Connect answered 404: the printer is offline…".
std::string_view failure_message(Failure f);

}  // namespace printcam::connect
