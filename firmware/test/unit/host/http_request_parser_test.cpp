#include "platform/host/http_request_parser.hpp"

#include <string>

#include "catch2_compat.hpp"

using namespace printcam::host;

TEST_CASE("A complete GET head parses into method, path, query and headers") {
  RequestHead h;
  const std::string raw = "GET /api/x?a=1&b=2 HTTP/1.1\r\nHost: cam\r\nIf-None-Match: \"e\"\r\n\r\nBODY";
  const ParseResult r = parse_request_head(raw, h);
  REQUIRE(r.status == ParseStatus::kDone);
  CHECK(r.consumed == raw.size() - 4);
  CHECK(h.method == "GET");
  CHECK(h.path == "/api/x");
  CHECK(h.query == "a=1&b=2");
  REQUIRE(h.header("if-none-match") != nullptr);
  CHECK(*h.header("IF-NONE-MATCH") == "\"e\"");
}

TEST_CASE("A head split across reads is incomplete until its blank line arrives") {
  RequestHead h;
  CHECK(parse_request_head("GET / HTTP/1.1\r\nHost: c\r\n", h).status == ParseStatus::kIncomplete);
  CHECK(parse_request_head("GET / HTTP/1.1\r\nHost: c\r\n\r\n", h).status == ParseStatus::kDone);
}

TEST_CASE("Bare LF line ends are accepted") {
  RequestHead h;
  CHECK(parse_request_head("GET / HTTP/1.1\nHost: c\n\n", h).status == ParseStatus::kDone);
}

TEST_CASE("Malformed request lines and headers are bad requests") {
  RequestHead h;
  for (const char* raw : {"GARBAGE\r\n\r\n", "GET /\r\n\r\n", "GET x HTTP/1.1\r\nHost: c\r\n\r\n",
                          "G(T / HTTP/1.1\r\nHost: c\r\n\r\n", "GET / HTTP/1.1\r\nNoColon\r\n\r\n",
                          "GET / HTTP/1.1\r\nHost: c\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\n\r\n",
                          "GET / HTTP/1.1\r\nHost: c\r\nContent-Length: -1\r\n\r\n",
                          "GET / HTTP/1.1\r\nHost: c\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"}) {
    INFO(raw);
    CHECK(parse_request_head(raw, h).status == ParseStatus::kBadRequest);
  }
}

TEST_CASE("An oversized head is 431, an oversized target 414, chunked bodies 501, HTTP/2 505") {
  RequestHead h;
  std::string big = "GET / HTTP/1.1\r\nHost: c\r\nX: " + std::string(kMaxRequestHead, 'a') + "\r\n\r\n";
  CHECK(status_for(parse_request_head(big, h).status) == 431);
  std::string endless = "GET / HTTP/1.1\r\nX: " + std::string(kMaxRequestHead + 10, 'a');
  CHECK(status_for(parse_request_head(endless, h).status) == 431);
  std::string long_uri = "GET /" + std::string(kMaxTarget + 1, 'a') + " HTTP/1.1\r\nHost: c\r\n\r\n";
  CHECK(status_for(parse_request_head(long_uri, h).status) == 414);
  CHECK(status_for(parse_request_head("POST / HTTP/1.1\r\nHost: c\r\nTransfer-Encoding: chunked\r\n\r\n", h)
                       .status) == 501);
  CHECK(status_for(parse_request_head("GET / HTTP/2.0\r\nHost: c\r\n\r\n", h).status) == 505);
}

TEST_CASE("Too many header lines are 431") {
  RequestHead h;
  std::string raw = "GET / HTTP/1.1\r\nHost: c\r\n";
  for (std::size_t i = 0; i < kMaxHeaders + 1; ++i) raw += "X-" + std::to_string(i) + ": v\r\n";
  raw += "\r\n";
  CHECK(parse_request_head(raw, h).status == ParseStatus::kHeadTooLarge);
}
