#include "core/net/url.hpp"

#include "catch2_compat.hpp"

using printcam::net::join_path;
using printcam::net::parse_url;

TEST_CASE("A Connect URL parses into scheme, host, default port and path") {
  const auto url = parse_url("HTTPS://Connect.Prusa3D.com");
  REQUIRE(url);
  CHECK(url->scheme == "https");
  CHECK(url->host == "connect.prusa3d.com");
  CHECK(url->port == 443);
  CHECK_FALSE(url->explicit_port);
  CHECK(url->path == "/");
  CHECK(url->authority() == "connect.prusa3d.com");
}

TEST_CASE("An explicit port, a path and a query are kept") {
  const auto url = parse_url("http://127.0.0.1:8080/base/x?a=1");
  REQUIRE(url);
  CHECK(url->port == 8080);
  CHECK(url->explicit_port);
  CHECK(url->path == "/base/x?a=1");
  CHECK(url->authority() == "127.0.0.1:8080");
}

TEST_CASE("An IPv6 literal keeps its brackets only in the authority") {
  const auto url = parse_url("http://[::1]:9000/");
  REQUIRE(url);
  CHECK(url->host == "::1");
  CHECK(url->authority() == "[::1]:9000");
}

TEST_CASE("Bad URLs are refused with a sentence saying why") {
  const char* bad[] = {"",
                       "connect.prusa3d.com",
                       "ftp://x",
                       "http://",
                       "http://:80",
                       "http://user:pw@host/",
                       "http://host:0/",
                       "http://host:65536/",
                       "http://host:12a/",
                       "http://host:/",
                       "http://ho st/",
                       "http://host/a b",
                       "http://host/#frag",
                       "http://[::1/",
                       "http://[::1]x/",
                       "http://host/\r\nX: y"};
  for (const char* text : bad) {
    std::string error;
    INFO(text);
    CHECK_FALSE(parse_url(text, &error));
    CHECK_FALSE(error.empty());
  }
  CHECK_FALSE(parse_url(std::string(600, 'a')));
}

TEST_CASE("Joining a path keeps exactly one slash between base and endpoint") {
  CHECK(join_path(*parse_url("https://connect.prusa3d.com"), "/c/snapshot") ==
        "https://connect.prusa3d.com/c/snapshot");
  CHECK(join_path(*parse_url("http://127.0.0.1:5000/"), "/c/info") == "http://127.0.0.1:5000/c/info");
  CHECK(join_path(*parse_url("http://h/proxy//"), "c/info") == "http://h/proxy/c/info");
}
