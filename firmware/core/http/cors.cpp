#include "core/http/cors.hpp"

namespace printcam::http {
namespace {

/// Request headers the PWA and the device UI send: credentials, JSON bodies, and the marker that
/// asks for a 401 without the browser's own login prompt (see AdminAccess).
constexpr std::string_view kAllowedHeaders = "Authorization, Content-Type, X-Requested-With";
/// Response headers a cross-origin script may read beyond the CORS-safelisted ones.
constexpr std::string_view kExposedHeaders = "Retry-After, ETag";

/// Chrome's Private Network Access preflight (Chrome 104+) asks with the first header and
/// needs the second. Chrome 142's Local Network Access replaced the preflight with a permission
/// prompt and defines no response header (WICG/local-network-access: "gating access on a
/// permission rather than via preflight requests"); answering the older question still helps
/// Chromium builds and enterprise policies that keep PNA preflights on.
constexpr std::string_view kRequestPrivateNetwork = "Access-Control-Request-Private-Network";
constexpr std::string_view kAllowPrivateNetwork = "Access-Control-Allow-Private-Network";

}  // namespace

bool Cors::origin_allowed(const ports::HttpRequest& req) const {
  const auto origin = req.header("Origin");
  if (!origin || origin->empty()) return false;
  if (const auto host = req.header("Host")) {
    if (*origin == "http://" + std::string(*host)) return true;
  }
  for (const std::string& allowed : allowed_origins_ ? allowed_origins_() : std::vector<std::string>{}) {
    if (*origin == allowed) return true;
  }
  return false;
}

void Cors::add_headers(const ports::HttpRequest& req, ports::HttpResponse& res) const {
  // The answer depends on Origin, so a cache must not hand one origin's answer to another.
  res.add_header("Vary", "Origin");
  if (!origin_allowed(req)) return;
  res.add_header("Access-Control-Allow-Origin", *req.header("Origin"));
  res.add_header("Access-Control-Expose-Headers", kExposedHeaders);
}

void Cors::answer_preflight(const ports::HttpRequest& req, ports::HttpResponse& res,
                            std::string_view methods) const {
  res.set_status(204);
  add_headers(req, res);
  if (origin_allowed(req)) {
    res.add_header("Access-Control-Allow-Methods", methods);
    res.add_header("Access-Control-Allow-Headers", kAllowedHeaders);
    res.add_header("Access-Control-Max-Age", std::to_string(kPreflightMaxAgeS));
    if (req.header(kRequestPrivateNetwork) == std::optional<std::string_view>("true")) {
      res.add_header(kAllowPrivateNetwork, "true");
    }
  }
  res.send(std::string_view());
}

}  // namespace printcam::http
