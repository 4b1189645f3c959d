#include "core/settings/settings_routes.hpp"

#include <cctype>
#include <string>
#include <utility>

#include "core/http/errors.hpp"
#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"
#include "generated/settings_schema.hpp"

namespace printcam::settings {
namespace {

using ports::HttpRequest;
using ports::HttpResponse;

/// The confirmation a factory reset needs in its body, so no stray request wipes a camera.
constexpr std::string_view kResetConfirmation = "factory-reset";

void send_json(HttpResponse& res, int status, std::string_view body) {
  res.set_status(status);
  res.add_header("Content-Type", "application/json");
  res.add_header("Cache-Control", "no-store");
  res.send(body);
}

/// Reads the whole body into `out`; false (and the error sent) when it is too large or cut short.
bool read_body(HttpRequest& req, HttpResponse& res, std::string& out) {
  const std::string too_large = "The body is larger than " + std::to_string(kMaxSettingsBodyBytes) +
                                " bytes; send fewer settings at once.";
  if (req.content_length() > kMaxSettingsBodyBytes) {
    http::send_error(res, 413, "payload_too_large", too_large);
    return false;
  }
  std::uint8_t buf[512];
  for (;;) {
    const long n = req.read_body(buf, sizeof buf);
    if (n == 0) return true;
    if (n < 0) {
      http::send_error(res, 400, "incomplete_body", "The request body ended before its declared length.");
      return false;
    }
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    if (out.size() > kMaxSettingsBodyBytes) {
      http::send_error(res, 413, "payload_too_large", too_large);
      return false;
    }
  }
}

/// Parses the body as JSON; on failure sends 400 invalid_json with the byte position.
bool parse_body(const std::string& body, HttpResponse& res, json::Value& out) {
  json::ParseError error;
  json::Limits limits;
  limits.max_bytes = kMaxSettingsBodyBytes;
  if (json::parse(body, out, error, limits)) return true;
  json::Writer w;
  w.begin_object().key("error").begin_object();
  w.key("code").value("invalid_json");
  w.key("message").value("Invalid JSON at byte " + std::to_string(error.offset) + ": " + error.message + ".");
  w.key("position").value(static_cast<std::int64_t>(error.offset));
  w.end_object().end_object();
  send_json(res, 400, w.str());
  return false;
}

std::string values_body(const SettingsStore& store, bool reboot_required) {
  json::Writer w;
  w.begin_object()
      .key("values")
      .raw(store.values_json())
      .key("reboot_required")
      .value(reboot_required)
      .end_object();
  return w.take();
}

void send_invalid(HttpResponse& res, const std::vector<FieldError>& errors) {
  const FieldError& first = errors.front();
  std::string message =
      "Nothing was changed: " + (first.field.empty() ? "the body" : first.field) + " " + first.message;
  if (errors.size() > 1) message += " (and " + std::to_string(errors.size() - 1) + " more)";
  message += ".";
  json::Writer w;
  w.begin_object().key("error").begin_object();
  w.key("code").value("invalid_settings").key("message").value(message);
  if (!first.field.empty()) w.key("field").value(first.field);
  w.key("fields").begin_array();
  for (const FieldError& e : errors) {
    w.begin_object()
        .key("field")
        .value(e.field)
        .key("code")
        .value(e.code)
        .key("message")
        .value(e.message)
        .end_object();
  }
  w.end_array().end_object().end_object();
  send_json(res, 400, w.str());
}

void send_storage_failed(HttpResponse& res, const ports::KvResult& r) {
  http::send_error(res, 500, "storage_failed",
                   "The settings could not be saved (storage error " +
                       std::to_string(static_cast<int>(r.status)) + "/" + std::to_string(r.platform_code) +
                       "); nothing was changed.");
}

void patch_settings(SettingsStore& store, HttpRequest& req, HttpResponse& res) {
  std::string body;
  json::Value doc;
  if (!read_body(req, res, body) || !parse_body(body, res, doc)) return;
  const PatchResult r = store.patch(doc);
  switch (r.status) {
    case PatchResult::Status::kInvalid:
      return send_invalid(res, r.errors);
    case PatchResult::Status::kStorageFailed:
      return send_storage_failed(res, r.storage);
    case PatchResult::Status::kOk:
      return send_json(res, 200, values_body(store, store.reboot_required()));
  }
}

bool is_json_request(const HttpRequest& req) {
  const auto type = req.header("Content-Type");
  if (!type) return false;
  const std::string_view t = type->substr(0, type->find(';'));
  if (t.size() != 16) return false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(t[i])) != "application/json"[i]) return false;
  }
  return true;
}

void factory_reset(SettingsStore& store, const std::function<void()>& after, HttpRequest& req,
                   HttpResponse& res) {
  // A JSON content type forces a CORS preflight, so a web page elsewhere cannot post this blind.
  if (!is_json_request(req)) {
    http::send_error(res, 415, "unsupported_media_type", "Send the confirmation as application/json.");
    return;
  }
  std::string body;
  json::Value doc;
  if (!read_body(req, res, body) || !parse_body(body, res, doc)) return;
  const json::Value* confirm = doc.find("confirm");
  if (confirm == nullptr || !confirm->is_string() || confirm->as_string() != kResetConfirmation) {
    http::send_error(res, 400, "confirmation_required",
                     "A factory reset erases every setting: send {\"confirm\":\"factory-reset\"}.",
                     "confirm");
    return;
  }
  const ports::KvResult r = store.factory_reset();
  if (!r.ok()) return send_storage_failed(res, r);
  send_json(res, 202, R"({"reboot_required":true})");
  if (after) after();
}

}  // namespace

void register_settings_routes(http::Router& router, SettingsStore& store,
                              std::function<void()> after_factory_reset) {
  router.add("GET", "/api/schema", http::Access::kAdmin,
             [](HttpRequest&, HttpResponse& res) { send_json(res, 200, generated::kSettingsSchemaJson); });
  router.add("GET", "/api/settings", http::Access::kAdmin, [&store](HttpRequest&, HttpResponse& res) {
    send_json(res, 200, values_body(store, store.reboot_required()));
  });
  router.add("PATCH", "/api/settings", http::Access::kAdmin,
             [&store](HttpRequest& req, HttpResponse& res) { patch_settings(store, req, res); });
  router.add("POST", "/api/factory-reset", http::Access::kAdmin,
             [&store, after = std::move(after_factory_reset)](HttpRequest& req, HttpResponse& res) {
               factory_reset(store, after, req, res);
             });
}

}  // namespace printcam::settings
