#include "platform/host/http_response_parser.hpp"

#include "catch2_compat.hpp"

using printcam::host::parse_response_head;

TEST_CASE("A response head yields its status, length and chunked flag") {
  const auto h =
      parse_response_head("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\ncontent-length:  61");
  REQUIRE(h);
  CHECK(h->status == 404);
  CHECK(h->content_length == 61u);
  CHECK_FALSE(h->chunked);
  const auto c = parse_response_head("HTTP/1.0 200 \r\nTransfer-Encoding: gzip, chunked");
  REQUIRE(c);
  CHECK(c->chunked);
  const auto bare = parse_response_head("HTTP/1.1 204");
  REQUIRE(bare);
  CHECK(bare->status == 204);
  CHECK_FALSE(bare->content_length);
}

TEST_CASE("Malformed response heads are refused") {
  const char* bad[] = {"",
                       "HTTP/2 200 OK",
                       "HTTP/1.1 20 OK",
                       "HTTP/1.1 2000 OK",
                       "HTTP/1.1 099 Low",
                       "ICY 200 OK",
                       "HTTP/1.1 200 OK\r\nNoColon",
                       "HTTP/1.1 200 OK\r\n: empty-name",
                       "HTTP/1.1 200 OK\r\nBad Name: x",
                       "HTTP/1.1 200 OK\r\nContent-Length: 12x",
                       "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999",
                       "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2"};
  for (const char* text : bad) {
    INFO(text);
    CHECK_FALSE(parse_response_head(text));
  }
}
