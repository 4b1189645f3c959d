// Walks the device's whole route table with a password set: every route must refuse a request
// without credentials, except the few that must work before anyone can log in. A new route that
// declares the wrong access, or bypasses the router, fails here.

#include <set>
#include <string>

#include "catch2_compat.hpp"
#include "fakes/fake_device.hpp"

using printcam::fakes::FakeDevice;
using printcam::fakes::FakeRequest;
using printcam::http::Access;

namespace {

/// Routes that must stay reachable without credentials, with why.
const std::set<std::string> kPublicRoutes = {
    "GET /",            // The UI shell, which shows the login form.
    "POST /api/login",  // How credentials are obtained.
};

/// Routes that become public with `security.public_viewing` (API.md): pictures, nothing else.
const std::set<std::string> kViewerRoutes = {
    "GET /stream.mjpg",
    "GET /snapshot.jpg",
    "GET /saved-photo.jpg",
};

/// A concrete path for a route pattern (a prefix route "x/*" gets "x/probe").
std::string sample_path(std::string_view pattern) {
  std::string p(pattern);
  if (!p.empty() && p.back() == '*') p.replace(p.size() - 1, 1, "probe");
  return p;
}

}  // namespace

TEST_CASE("With a password every route except the UI and login refuses requests without credentials") {
  FakeDevice d("secret");
  REQUIRE(d.app.router().routes().size() > 5);
  for (const auto& route : d.app.router().routes()) {
    const std::string name = std::string(route.method) + " " + std::string(route.path);
    INFO(name);
    const bool is_public = kPublicRoutes.count(name) > 0;
    CHECK((route.access == Access::kPublic) == is_public);
    CHECK((route.access == Access::kViewer) == (kViewerRoutes.count(name) > 0));
    for (const bool public_viewing : {false, true}) {
      d.public_viewing = public_viewing;
      // An open stream ends when its viewer leaves: here after a few chunks.
      const auto res = d.call(FakeRequest(std::string(route.method), sample_path(route.path)), 4);
      const bool open = is_public || (public_viewing && route.access == Access::kViewer);
      if (open) {
        CHECK(res.status != 401);
      } else {
        CHECK(res.status == 401);
        CHECK(res.sends == 1);
        CHECK(res.chunks.empty());
      }
    }
  }
}

TEST_CASE("Every route in the table is listed once per method") {
  FakeDevice d;
  std::set<std::string> seen;
  for (const auto& route : d.app.router().routes()) {
    const std::string name = std::string(route.method) + " " + std::string(route.path);
    INFO(name);
    CHECK(seen.insert(name).second);
  }
}
