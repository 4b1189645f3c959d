#include "core/ota/ota_routes.hpp"

#include <vector>

#include "core/http/errors.hpp"
#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"
#include "core/net/url.hpp"
#include "core/ota/manifest.hpp"

namespace printcam::ota {
namespace {

using ports::HttpRequest;
using ports::HttpResponse;

void send_json(HttpResponse& res, int status, std::string_view body) {
  res.set_status(status);
  res.add_header("Content-Type", "application/json");
  res.add_header("Cache-Control", "no-store");
  res.send(body);
}

void send_outcome(HttpResponse& res, const OtaOutcome& o) {
  http::send_error(res, o.http_status, o.code, o.reason);
}

/// Reads and drops the rest of a refused upload, so the client is done sending and reads the
/// answer (a socket closed on unread bytes resets, and the client would see no answer at all).
void drain(HttpRequest& req) {
  std::uint8_t scratch[1024];
  while (req.read_body(scratch, sizeof scratch) > 0) {
  }
}

void upload(OtaManager& manager, HttpRequest& req, HttpResponse& res) {
  if (!req.header("Content-Length")) {
    http::send_error(res, 411, "length_required", "Send the image with a Content-Length header.");
    return;
  }
  const std::size_t size = req.content_length();
  if (OtaOutcome o = manager.begin("upload", size); !o.ok()) {
    drain(req);
    send_outcome(res, o);
    return;
  }
  std::vector<std::uint8_t> buf(kUploadChunkBytes);
  for (;;) {
    const long n = req.read_body(buf.data(), buf.size());
    if (n == 0) break;
    if (n < 0) {
      manager.fail("upload_interrupted",
                   "The upload broke off before the whole image arrived. Nothing changed.");
      http::send_error(res, 400, "upload_interrupted",
                       "The upload broke off before the whole image arrived.");
      return;
    }
    if (OtaOutcome o = manager.write(buf.data(), static_cast<std::size_t>(n)); !o.ok()) {
      drain(req);
      send_outcome(res, o);
      return;
    }
  }
  if (OtaOutcome o = manager.finish(); !o.ok()) {
    send_outcome(res, o);
    return;
  }
  json::Writer w;
  w.begin_object().key("version").value(manager.status().version).key("rebooting").value(true).end_object();
  send_json(res, 200, w.str());
  manager.reboot();
}

/// Parses the /api/ota/url body into `out`; false with the error sent.
bool parse_url_body(HttpRequest& req, HttpResponse& res, DownloadRequest& out) {
  if (req.content_length() > kMaxUrlBodyBytes) {
    http::send_error(res, 413, "payload_too_large", "The body is too large for a URL request.");
    return false;
  }
  std::string text;
  std::uint8_t buf[512];
  for (long n; (n = req.read_body(buf, sizeof buf)) != 0;) {
    if (n < 0) {
      http::send_error(res, 400, "incomplete_body", "The request body ended before its declared length.");
      return false;
    }
    text.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  json::Value doc;
  json::ParseError perr;
  if (!json::parse(text, doc, perr) || !doc.is_object()) {
    http::send_error(res, 400, "invalid_json", "Send {\"url\": \"…\"} or {\"manifest\": \"…\"}.");
    return false;
  }
  const json::Value* url = doc.find("url");
  const json::Value* manifest = doc.find("manifest");
  if ((url != nullptr) == (manifest != nullptr)) {
    http::send_error(res, 400, "invalid_request", "Give either url or manifest.");
    return false;
  }
  const json::Value& chosen = url != nullptr ? *url : *manifest;
  const char* field = url != nullptr ? "url" : "manifest";
  std::string url_error;
  if (!chosen.is_string() || !net::parse_url(chosen.as_string(), &url_error)) {
    http::send_error(res, 400, "invalid_url", url_error.empty() ? "The URL must be a string." : url_error,
                     field);
    return false;
  }
  out.url = chosen.as_string();
  out.is_manifest = manifest != nullptr;
  if (const json::Value* size = doc.find("size")) {
    if (!size->is_integer() || size->as_int() <= 0) {
      http::send_error(res, 400, "invalid_size", "size must be a positive whole number of bytes.", "size");
      return false;
    }
    out.size = static_cast<std::size_t>(size->as_int());
  }
  if (const json::Value* sha = doc.find("sha256")) {
    out.sha256 = sha->is_string() ? parse_sha256_hex(sha->as_string()) : std::nullopt;
    if (!out.sha256) {
      http::send_error(res, 400, "invalid_sha256", "sha256 must be 64 hex digits.", "sha256");
      return false;
    }
  }
  return true;
}

}  // namespace

void register_ota_routes(http::Router& router, OtaManager& manager, OtaDownloader& downloader) {
  router.add("GET", "/api/ota", http::Access::kAdmin,
             [&manager](HttpRequest&, HttpResponse& res) { send_json(res, 200, manager.status_json()); });
  router.add("POST", "/api/ota", http::Access::kAdmin,
             [&manager](HttpRequest& req, HttpResponse& res) { upload(manager, req, res); });
  router.add("POST", "/api/ota/url", http::Access::kAdmin,
             [&manager, &downloader](HttpRequest& req, HttpResponse& res) {
               DownloadRequest request;
               if (!parse_url_body(req, res, request)) return;
               if (OtaOutcome o = downloader.start(std::move(request)); !o.ok()) {
                 send_outcome(res, o);
                 return;
               }
               send_json(res, 202, manager.status_json());
             });
}

}  // namespace printcam::ota
