#include "core/connect/put_request.hpp"

#include <vector>

#include "catch2_compat.hpp"
#include "fakes/fake_http_client.hpp"

using namespace printcam::connect;
using printcam::fakes::FakeHttpClient;
using printcam::ports::HttpClientError;

TEST_CASE("A snapshot PUT has the exact headers, exact length and the body in bounded chunks") {
  std::vector<std::uint8_t> jpeg(10'000);
  for (std::size_t i = 0; i < jpeg.size(); ++i) jpeg[i] = static_cast<std::uint8_t>(i * 7);
  FakeHttpClient http;
  PutRequest req{"http://127.0.0.1:1/c/snapshot", "image/jpg", "T0nSPU2v05v0pJeKYFYV",
                 "ZmluZ2VycHJpbnQxMjM0NQ==",      jpeg.data(), jpeg.size()};
  const PutResult r = put_to_connect(http, req);
  CHECK(r.failure == Failure::kNone);
  CHECK(r.http_status == 204);
  CHECK(r.bytes_sent == jpeg.size());
  REQUIRE(http.sent.size() == 1);
  const auto& s = http.sent[0];
  CHECK(s.method == "PUT");
  CHECK(s.url == "http://127.0.0.1:1/c/snapshot");
  CHECK(s.header("Content-Type") == "image/jpg");
  CHECK(s.header("Token") == "T0nSPU2v05v0pJeKYFYV");
  CHECK(s.header("Fingerprint") == "ZmluZ2VycHJpbnQxMjM0NQ==");
  CHECK(s.content_length == jpeg.size());
  CHECK(s.body == std::string(jpeg.begin(), jpeg.end()));
  CHECK(s.write_sizes == std::vector<std::size_t>{4096, 4096, 1808});
  CHECK(s.closed);
}

TEST_CASE("A failed write stops the PUT, closes the connection and reports the network failure") {
  std::vector<std::uint8_t> body(100, 1);
  FakeHttpClient http;
  http.script.push_back({0, HttpClientError::kOk, HttpClientError::kConnectionLost, HttpClientError::kOk});
  const PutResult r =
      put_to_connect(http, {"http://h/c/snapshot", "image/jpg", "t", "f", body.data(), body.size()});
  CHECK(r.failure == Failure::kConnectionLost);
  CHECK(r.http_status == 0);
  CHECK(http.sent[0].closed);
}

TEST_CASE("An HTTP error answer is classified by its status") {
  std::vector<std::uint8_t> body(1, 1);
  FakeHttpClient http;
  http.script.push_back({404});
  const PutResult r =
      put_to_connect(http, {"http://h/c/snapshot", "image/jpg", "t", "f", body.data(), body.size()});
  CHECK(r.failure == Failure::kPrinterOffline);
  CHECK(r.http_status == 404);
}

TEST_CASE("A PUT with a head sends it first, counts it in the length and chunks each piece") {
  const std::string head(38, 'h');
  std::vector<std::uint8_t> jpeg(5'000, 7);
  FakeHttpClient http;
  PutRequest req{"http://h/c/snapshot", "image/jpg", "t", "f", jpeg.data(), jpeg.size()};
  req.head = reinterpret_cast<const std::uint8_t*>(head.data());
  req.head_size = head.size();
  const PutResult r = put_to_connect(http, req);
  CHECK(r.failure == Failure::kNone);
  CHECK(r.bytes_sent == head.size() + jpeg.size());
  REQUIRE(http.sent.size() == 1);
  CHECK(http.sent[0].content_length == head.size() + jpeg.size());
  CHECK(http.sent[0].body == head + std::string(jpeg.begin(), jpeg.end()));
  CHECK(http.sent[0].write_sizes == std::vector<std::size_t>{38, 4096, 904});
}
