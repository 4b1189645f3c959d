#include "core/network/captive_portal.hpp"

#include <array>
#include <string>
#include <utility>

#include "core/http/errors.hpp"
#include "core/http/host_check.hpp"

namespace printcam::network {
namespace {

/// Android and ChromeOS (generate_204, gen_204), Apple (hotspot-detect.html and the older
/// library/test/success.html), Windows 10+ (connecttest.txt, redirect) and Windows 8.1 and older
/// (ncsi.txt). Their own hosts reach the camera through the catch-all DNS and intercepts().
constexpr std::array<std::string_view, 7> kProbePaths{
    "/generate_204", "/gen_204",  "/hotspot-detect.html", "/library/test/success.html", "/connecttest.txt",
    "/ncsi.txt",     "/redirect",
};

}  // namespace

CaptivePortal::CaptivePortal(CaptivePortalConfig config)
    : config_(std::move(config)), setup_url_("http://" + ipv4_text(config_.ap_address) + "/") {
  body_ =
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>printcam setup</title></head>"
      "<body><p><a href=\"" +
      setup_url_ + "\">Set up this camera</a></p></body></html>";
}

bool CaptivePortal::serves(const ports::HttpRequest& req) const {
  if (!config_.active || !config_.active()) return false;
  const std::string_view remote = req.remote_address();
  if (config_.on_ap) return config_.on_ap(remote);
  const auto ip = parse_ipv4(remote);
  return ip && in_subnet(*ip, config_.ap_address, kApPrefixLength);
}

bool CaptivePortal::intercepts(const ports::HttpRequest& req) const {
  const auto host = req.header("Host");
  // HTTP/1.0 without Host cannot name another site; leave it to the routes.
  if (!host || !serves(req)) return false;
  return !http::names_this_camera(http::host_of(*host),
                                  config_.hostname ? config_.hostname() : std::string());
}

void CaptivePortal::redirect(ports::HttpResponse& res) const {
  res.set_status(302);
  res.add_header("Location", setup_url_);
  res.add_header("Content-Type", "text/html; charset=utf-8");
  // A cached probe answer would keep the sheet from opening the next time.
  res.add_header("Cache-Control", "no-store");
  res.send(body_);
}

void register_captive_routes(http::Router& router, const CaptivePortal& portal) {
  for (const std::string_view path : kProbePaths) {
    router.add(
        "GET", path, http::Access::kPublic, [&portal](ports::HttpRequest& req, ports::HttpResponse& res) {
          if (!portal.serves(req)) {
            http::send_error(res, 404, "not_found", "No such page or API: " + std::string(req.path()) + ".");
            return;
          }
          portal.redirect(res);
        });
  }
}

}  // namespace printcam::network
