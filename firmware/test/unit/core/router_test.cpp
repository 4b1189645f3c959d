#include "core/http/router.hpp"

#include "catch2_compat.hpp"
#include "fakes/fake_http.hpp"

using printcam::fakes::FakeRequest;
using printcam::fakes::FakeResponse;
using printcam::http::Access;
using printcam::http::OpenAccess;
using printcam::http::Router;
using printcam::ports::HttpRequest;
using printcam::ports::HttpResponse;

namespace {
const OpenAccess kOpen;

Router make_router() {
  Router r(kOpen);
  r.add("GET", "/api/info", Access::kAdmin, [](HttpRequest&, HttpResponse& res) { res.send("info"); });
  r.add("GET", "/files/*", Access::kAdmin, [](HttpRequest&, HttpResponse& res) { res.send("file"); });
  return r;
}
}  // namespace

TEST_CASE("The router dispatches exact and prefix routes, and HEAD to the GET route") {
  const Router r = make_router();
  FakeResponse a, b, c;
  FakeRequest ra("GET", "/api/info"), rb("GET", "/files/x.jpg"), rc("HEAD", "/api/info");
  r.handle(ra, a);
  r.handle(rb, b);
  r.handle(rc, c);
  CHECK(a.body == "info");
  CHECK(b.body == "file");
  CHECK(c.body == "info");
}

TEST_CASE("The router answers an unknown path with a JSON 404 naming it") {
  const Router r = make_router();
  FakeRequest req("GET", "/nope");
  FakeResponse res;
  r.handle(req, res);
  CHECK(res.status == 404);
  CHECK(res.header("Content-Type") == "application/json");
  CHECK(res.body.find("\"code\":\"not_found\"") != std::string::npos);
  CHECK(res.body.find("GET /nope") != std::string::npos);
}

TEST_CASE("The router answers a known path with another method with 405") {
  const Router r = make_router();
  FakeRequest req("DELETE", "/api/info");
  FakeResponse res;
  r.handle(req, res);
  CHECK(res.status == 405);
}
