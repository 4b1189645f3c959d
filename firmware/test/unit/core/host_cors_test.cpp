#include "catch2_compat.hpp"
#include "core/http/host_check.hpp"
#include "fakes/fake_device.hpp"

using printcam::fakes::FakeDevice;
using printcam::fakes::FakeRequest;
using printcam::http::HostCheck;
using printcam::http::is_ip_literal;

TEST_CASE("The Host check accepts IP literals and localhost and the camera's own names") {
  bool portal = false;
  const HostCheck check(
      HostCheck::Config{[] { return std::string("printcam-3f2a1c"); }, [&portal] { return portal; }});
  for (const char* ok :
       {"192.168.1.20", "192.168.1.20:8080", "[fe80::1]", "[::1]:80", "localhost", "LOCALHOST:8080",
        "printcam-3f2a1c", "Printcam-3F2A1C.local", "printcam-3f2a1c.local.", "printcam-3f2a1c:80"}) {
    INFO(ok);
    CHECK(check.allowed(std::string_view(ok)));
  }
  CHECK(check.allowed(std::nullopt));
  for (const char* bad : {"evil.example", "printcam-3f2a1c.evil.example", "192.168.1.256", "1.2.3",
                          "1.2.3.4.5", "printcam-3f2a1c.localx", "", "[zz::1]", "0x7f.0.0.1"}) {
    INFO(bad);
    CHECK_FALSE(check.allowed(std::string_view(bad)));
  }
  portal = true;
  CHECK(check.allowed(std::string_view("connectivitycheck.gstatic.com")));
}

TEST_CASE("is_ip_literal knows dotted quads and bracketed IPv6") {
  CHECK(is_ip_literal("10.0.0.1"));
  CHECK(is_ip_literal("[2001:db8::1]"));
  CHECK_FALSE(is_ip_literal("10.0.0.01234"));
  CHECK_FALSE(is_ip_literal("example.com"));
}

TEST_CASE("A request with a foreign Host is refused with 421 before authentication") {
  FakeDevice d("secret");
  const auto res = d.call(FakeRequest("GET", "/api/info").with_header("Host", "rebind.evil.example"));
  CHECK(res.status == 421);
  CHECK(res.body.find("wrong_host") != std::string::npos);
}

TEST_CASE("A preflight from an allowed origin is answered with methods and the Private Network grant") {
  FakeDevice d("secret");
  const auto res = d.call(FakeRequest("OPTIONS", "/api/login")
                              .with_header("Host", "192.168.1.20")
                              .with_header("Origin", "https://app.example")
                              .with_header("Access-Control-Request-Method", "POST")
                              .with_header("Access-Control-Request-Private-Network", "true"));
  CHECK(res.status == 204);
  CHECK(res.header("Access-Control-Allow-Origin") == "https://app.example");
  CHECK(res.header("Access-Control-Allow-Methods") == "POST");
  CHECK(res.header("Access-Control-Allow-Headers").find("Authorization") != std::string::npos);
  CHECK(res.header("Access-Control-Max-Age") == "600");
  CHECK(res.header("Access-Control-Allow-Private-Network") == "true");
  CHECK(res.header("Vary") == "Origin");
}

TEST_CASE("A preflight from another origin gets no CORS grant") {
  FakeDevice d;
  const auto res = d.call(FakeRequest("OPTIONS", "/api/status")
                              .with_header("Origin", "https://evil.example")
                              .with_header("Access-Control-Request-Method", "GET")
                              .with_header("Access-Control-Request-Private-Network", "true"));
  CHECK(res.status == 204);
  CHECK(res.header("Access-Control-Allow-Origin").empty());
  CHECK(res.header("Access-Control-Allow-Private-Network").empty());
}

TEST_CASE("Ordinary answers carry CORS headers for allowed origins and the camera's own origin only") {
  FakeDevice d("secret");
  const auto pwa = d.call(FakeRequest("GET", "/api/status").with_header("Origin", "https://app.example"));
  CHECK(pwa.status == 401);  // The grant comes with the 401 too, so the PWA can read it.
  CHECK(pwa.header("Access-Control-Allow-Origin") == "https://app.example");
  const auto own = d.call(FakeRequest("POST", "/api/login", "{}")
                              .with_header("Host", "10.0.0.5:80")
                              .with_header("Origin", "http://10.0.0.5:80"));
  CHECK(own.header("Access-Control-Allow-Origin") == "http://10.0.0.5:80");
  const auto other = d.call(FakeRequest("GET", "/api/status").with_header("Origin", "http://10.0.0.6"));
  CHECK(other.header("Access-Control-Allow-Origin").empty());
}

TEST_CASE("A preflight for an unknown path is 404") {
  FakeDevice d;
  const auto res = d.call(FakeRequest("OPTIONS", "/nope")
                              .with_header("Origin", "https://app.example")
                              .with_header("Access-Control-Request-Method", "GET"));
  CHECK(res.status == 404);
}
