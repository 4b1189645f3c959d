#include "core/connect/failure.hpp"

namespace printcam::connect {

bool is_success_status(int status) {
  return status == 200 || status == 201 || status == 204;
}

Failure classify_status(int status) {
  if (is_success_status(status)) return Failure::kNone;
  switch (status) {
    case 400:
      return Failure::kBadRequest;
    case 401:
      return Failure::kUnauthorized;
    case 403:
      return Failure::kForbidden;
    case 404:
      return Failure::kPrinterOffline;
    case 413:
      return Failure::kTooLarge;
    case 429:
      return Failure::kRateLimited;
    default:
      return status >= 500 && status <= 599 ? Failure::kServerError : Failure::kUnexpectedStatus;
  }
}

Failure classify_client_error(ports::HttpClientError error) {
  using E = ports::HttpClientError;
  switch (error) {
    case E::kOk:
      return Failure::kNone;
    case E::kInvalidRequest:
      return Failure::kBadRequestBuild;
    case E::kUnsupportedScheme:
      return Failure::kUnsupportedUrl;
    case E::kDnsFailure:
      return Failure::kDnsFailure;
    case E::kConnectFailure:
      return Failure::kConnectFailure;
    case E::kTlsFailure:
      return Failure::kTlsFailure;
    case E::kTimeout:
      return Failure::kTimeout;
    case E::kConnectionLost:
      return Failure::kConnectionLost;
    case E::kBadResponse:
      return Failure::kBadResponse;
    case E::kCancelled:
      return Failure::kCancelled;
  }
  return Failure::kBadResponse;
}

std::string_view failure_code(Failure f) {
  switch (f) {
    case Failure::kNone:
      return "ok";
    case Failure::kNoFrame:
      return "no_frame";
    case Failure::kInvalidUrl:
      return "invalid_url";
    case Failure::kUnsupportedUrl:
      return "unsupported_url";
    case Failure::kBadRequestBuild:
      return "request_refused";
    case Failure::kDnsFailure:
      return "dns_failure";
    case Failure::kConnectFailure:
      return "connect_failure";
    case Failure::kTlsFailure:
      return "tls_failure";
    case Failure::kTimeout:
      return "timeout";
    case Failure::kConnectionLost:
      return "connection_lost";
    case Failure::kBadResponse:
      return "bad_response";
    case Failure::kCancelled:
      return "cancelled";
    case Failure::kBadRequest:
      return "bad_request";
    case Failure::kUnauthorized:
      return "unauthorized";
    case Failure::kForbidden:
      return "forbidden";
    case Failure::kPrinterOffline:
      return "printer_offline";
    case Failure::kTooLarge:
      return "too_large";
    case Failure::kRateLimited:
      return "rate_limited";
    case Failure::kServerError:
      return "server_error";
    case Failure::kUnexpectedStatus:
      return "unexpected_status";
  }
  return "unknown";
}

std::string_view failure_message(Failure f) {
  switch (f) {
    case Failure::kNone:
      return "Uploaded.";
    case Failure::kNoFrame:
      return "The camera gave no picture to upload. Check the camera module and its cable.";
    case Failure::kInvalidUrl:
      return "The Prusa Connect URL setting is not a valid http(s) URL.";
    case Failure::kUnsupportedUrl:
      return "This build cannot use that URL scheme (the simulated camera has no https).";
    case Failure::kBadRequestBuild:
      return "The upload request could not be built: check the token for spaces or line breaks.";
    case Failure::kDnsFailure:
      return "The Prusa Connect host name did not resolve. Check the URL setting and the network's DNS.";
    case Failure::kConnectFailure:
      return "Could not connect to Prusa Connect. Check the URL setting and the network's internet access.";
    case Failure::kTlsFailure:
      return "The secure connection to Prusa Connect failed (certificate or clock). Check the time is "
             "synced.";
    case Failure::kTimeout:
      return "Prusa Connect did not answer in time; the next upload will try again.";
    case Failure::kConnectionLost:
      return "The connection to Prusa Connect broke during the upload; the next upload will try again.";
    case Failure::kBadResponse:
      return "Prusa Connect sent an answer that is not valid HTTP.";
    case Failure::kCancelled:
      return "The upload was cancelled.";
    case Failure::kBadRequest:
      return "Connect answered 400: it refused the upload. Create a new camera in Prusa Connect and enter "
             "its "
             "token.";
    case Failure::kUnauthorized:
      return "Connect answered 401: the token is missing or wrong. Copy the camera's token from Prusa "
             "Connect "
             "again.";
    case Failure::kForbidden:
      return "Connect answered 403: the token is not valid or outdated, or belongs to another camera. Enter "
             "the current token from Prusa Connect.";
    case Failure::kPrinterOffline:
      return "Connect answered 404: the printer is offline. Connect takes snapshots only while the printer "
             "is "
             "on and connected.";
    case Failure::kTooLarge:
      return "Connect answered 413: the picture is too large. Lower the resolution or the JPEG quality.";
    case Failure::kRateLimited:
      return "Connect answered 429: too many uploads. Raise the upload interval.";
    case Failure::kServerError:
      return "Prusa Connect is having trouble (5xx); uploads continue when it recovers. See "
             "status.prusa3d.com.";
    case Failure::kUnexpectedStatus:
      return "Connect gave an unexpected answer; uploads will try again.";
  }
  return "Unknown failure.";
}

}  // namespace printcam::connect
