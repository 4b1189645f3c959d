#include "core/network/captive_portal.hpp"

#include <atomic>
#include <string>

#include "catch2_compat.hpp"
#include "core/http/access_policy.hpp"
#include "fakes/fake_http.hpp"

using printcam::fakes::FakeRequest;
using printcam::fakes::FakeResponse;
using printcam::http::Access;
using printcam::http::Router;
using printcam::network::CaptivePortal;
using printcam::network::CaptivePortalConfig;
using printcam::network::register_captive_routes;

namespace {

/// A request from a given remote address (FakeRequest is always 127.0.0.1).
class RemoteRequest : public FakeRequest {
 public:
  RemoteRequest(std::string path, std::string remote)
      : FakeRequest("GET", std::move(path)), remote_(remote) {}
  std::string_view remote_address() const override { return remote_; }

 private:
  std::string remote_;
};

struct Rig {
  std::atomic<bool> up{true};
  CaptivePortal portal{CaptivePortalConfig{
      {10, 83, 71, 1}, [this] { return up.load(); }, [] { return std::string("printcam-3f2a1c"); }, nullptr}};
  printcam::http::OpenAccess open_access;
  Router router{open_access};
  Rig() { register_captive_routes(router, portal); }
};

void require_portal_redirect(const FakeResponse& res) {
  CHECK(res.status == 302);
  CHECK(res.header("Location") == "http://10.83.71.1/");
  CHECK(res.header("Content-Type") == "text/html; charset=utf-8");
  CHECK(res.header("Cache-Control") == "no-store");
  // iOS opens its sheet only when the redirect carries content.
  CHECK(res.body.find("http://10.83.71.1/") != std::string::npos);
}

}  // namespace

TEST_CASE("Every OS probe path answers a redirect with a body that opens the sign-in sheet") {
  Rig rig;
  for (const char* path : {"/generate_204", "/gen_204", "/hotspot-detect.html", "/library/test/success.html",
                           "/connecttest.txt", "/ncsi.txt", "/redirect"}) {
    INFO(path);
    RemoteRequest req(path, "10.83.71.2");
    FakeResponse res;
    rig.router.handle(req, res);
    require_portal_redirect(res);
    // Never the "online" answers: 204, "Success", "Microsoft Connect Test", "Microsoft NCSI".
    CHECK(res.body.find("Success") == std::string::npos);
    CHECK(res.body.find("Microsoft") == std::string::npos);
  }
}

TEST_CASE("The probe routes are public and answer 404 while the AP is down") {
  Rig rig;
  for (const auto& route : rig.router.routes()) CHECK(route.access == Access::kPublic);
  rig.up = false;
  RemoteRequest req("/generate_204", "10.83.71.2");
  FakeResponse res;
  rig.router.handle(req, res);
  CHECK(res.status == 404);
  CHECK(res.body.find("\"not_found\"") != std::string::npos);
}

TEST_CASE("A LAN client is never redirected to the AP address it cannot reach") {
  Rig rig;
  RemoteRequest probe("/generate_204", "192.168.1.40");
  FakeResponse res;
  rig.router.handle(probe, res);
  CHECK(res.status == 404);
  RemoteRequest other("/", "192.168.1.40");
  other.with_header("Host", "connectivitycheck.gstatic.com");
  CHECK_FALSE(rig.portal.intercepts(other));
}

TEST_CASE("Requests for other sites are intercepted on the AP, the camera's own names are not") {
  Rig rig;
  const auto intercepts = [&rig](const std::string& host) {
    RemoteRequest req("/anything", "10.83.71.7");
    req.with_header("Host", host);
    return rig.portal.intercepts(req);
  };
  CHECK(intercepts("connectivitycheck.gstatic.com"));
  CHECK(intercepts("captive.apple.com"));
  CHECK(intercepts("www.msftconnecttest.com:80"));
  CHECK(intercepts("printcam-3f2a1c.example"));
  CHECK(intercepts("printcam"));
  CHECK_FALSE(intercepts("10.83.71.1"));
  CHECK_FALSE(intercepts("10.83.71.1:80"));
  CHECK_FALSE(intercepts("[fe80::1]:80"));
  CHECK_FALSE(intercepts("localhost"));
  CHECK_FALSE(intercepts("printcam-3f2a1c"));
  CHECK_FALSE(intercepts("PrintCam-3F2A1C.local."));
  CHECK_FALSE(intercepts("printcam-3f2a1c.local:80"));
  RemoteRequest no_host("/", "10.83.71.7");
  CHECK_FALSE(rig.portal.intercepts(no_host));
  rig.up = false;
  CHECK_FALSE(intercepts("captive.apple.com"));
}

TEST_CASE("The redirect itself is the same for every intercepted request") {
  Rig rig;
  FakeResponse res;
  rig.portal.redirect(res);
  require_portal_redirect(res);
  CHECK(res.body.size() < 512);
}
