#pragma once
// The captive portal's HTTP side: while the setup access point is up, every phone and PC that
// joins it is sent to the setup page.
//
// The choice: open the sign-in sheet rather than answer "online". Each OS probes a URL and
// expects an exact answer (Android 204, Apple a body with "Success", Windows "Microsoft Connect
// Test"); anything else makes it show its portal sheet, so we answer every probe with a 302 to
// http://<AP IP>/ carrying a small HTML body (iOS ignores a redirect without content, per the
// ESP-IDF captive_portal example). The setup UI is built to work inside the iOS mini-browser (no
// storage, no new tabs), and the sheet is the one path that needs no typing of an address. The
// cost, accepted: iOS drops the AP when the sheet is dismissed, and Android may send other traffic
// over mobile data while "signed out" (reference/embedded-ui.md §6).

#include <functional>
#include <string>
#include <string_view>

#include "core/http/router.hpp"
#include "core/network/ap_address.hpp"
#include "ports/http_server.hpp"

namespace printcam::network {

struct CaptivePortalConfig {
  Ipv4 ap_address = kApAddress;
  /// True while the setup access point is up; the portal answers nothing otherwise.
  std::function<bool()> active;
  /// The camera's host name (network.hostname, without ".local"), which is never redirected.
  std::function<std::string()> hostname;
  /// Whether a client (its remote address as text) reached the camera over the AP. Null: inside
  /// the AP's subnet. A LAN client is never bounced to the AP address it cannot reach. The host
  /// simulation, where every client arrives over loopback, counts every client as on the AP.
  std::function<bool(std::string_view remote)> on_ap;
};

class CaptivePortal {
 public:
  explicit CaptivePortal(CaptivePortalConfig config);

  /// The setup page, "http://10.83.71.1/".
  const std::string& setup_url() const { return setup_url_; }
  /// True while the portal answers this client: the AP is up and the client is on it.
  bool serves(const ports::HttpRequest& req) const;
  /// True when the request must get redirect() instead of its route: it is served and its Host
  /// names something other than the camera (a phone's probe, or any site typed on the AP).
  bool intercepts(const ports::HttpRequest& req) const;
  /// 302 to the setup page with a short HTML body linking it, never cached.
  void redirect(ports::HttpResponse& res) const;

 private:
  CaptivePortalConfig config_;
  std::string setup_url_;
  std::string body_;
};

/// The OS probe URLs, for requests whose Host is already the camera's (kPublic: nobody is logged
/// in on a fresh AP). While the portal does not serve the client they answer 404 like any
/// unknown path, so the camera on a LAN exposes nothing new.
void register_captive_routes(http::Router& router, const CaptivePortal& portal);

}  // namespace printcam::network
