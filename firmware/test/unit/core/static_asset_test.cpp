#include "core/web/static_asset.hpp"

#include "catch2_compat.hpp"
#include "fakes/fake_http.hpp"

using printcam::fakes::FakeRequest;
using printcam::fakes::FakeResponse;
using printcam::web::if_none_match_hits;
using printcam::web::serve_static_asset;
using printcam::web::StaticAsset;

namespace {
const std::uint8_t kBytes[] = {0x1f, 0x8b, 0x08, 0x00};
const StaticAsset kAsset{kBytes, sizeof kBytes, "text/html; charset=utf-8", "\"abc123\"", true};
}  // namespace

TEST_CASE("If-None-Match hits on the exact ETag, a list, a weak form and the wildcard") {
  CHECK(if_none_match_hits("\"abc123\"", "\"abc123\""));
  CHECK(if_none_match_hits("\"x\", \"abc123\"", "\"abc123\""));
  CHECK(if_none_match_hits("W/\"abc123\"", "\"abc123\""));
  CHECK(if_none_match_hits(" * ", "\"abc123\""));
}

TEST_CASE("If-None-Match misses on another ETag, an unquoted value and an empty header") {
  CHECK_FALSE(if_none_match_hits("\"abc124\"", "\"abc123\""));
  CHECK_FALSE(if_none_match_hits("abc123", "\"abc123\""));
  CHECK_FALSE(if_none_match_hits("", "\"abc123\""));
  CHECK_FALSE(if_none_match_hits(",,", "\"abc123\""));
}

TEST_CASE("A static asset is sent gzipped with its ETag and a revalidate-always cache policy") {
  FakeRequest req("GET", "/");
  FakeResponse res;
  serve_static_asset(kAsset, req, res);
  CHECK(res.status == 200);
  CHECK(res.body.size() == sizeof kBytes);
  CHECK(res.header("Content-Encoding") == "gzip");
  CHECK(res.header("ETag") == "\"abc123\"");
  CHECK(res.header("Content-Type") == "text/html; charset=utf-8");
  CHECK(res.header("Cache-Control") == "no-cache");
}

TEST_CASE("A static asset answers 304 with no body when the client's ETag matches") {
  FakeRequest req("GET", "/");
  req.with_header("If-None-Match", "\"abc123\"");
  FakeResponse res;
  serve_static_asset(kAsset, req, res);
  CHECK(res.status == 304);
  CHECK(res.body.empty());
  CHECK(res.header("ETag") == "\"abc123\"");
}

TEST_CASE("A static asset is sent in full when the client's ETag is stale") {
  FakeRequest req("GET", "/");
  req.with_header("If-None-Match", "\"old\"");
  FakeResponse res;
  serve_static_asset(kAsset, req, res);
  CHECK(res.status == 200);
  CHECK(res.body.size() == sizeof kBytes);
}
