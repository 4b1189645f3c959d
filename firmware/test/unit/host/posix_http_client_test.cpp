#include "platform/host/posix_http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <mutex>
#include <string>
#include <thread>

#include "catch2_compat.hpp"
#include "platform/host/posix_http_server.hpp"

using printcam::host::PosixHttpClient;
using printcam::host::PosixHttpServer;
using printcam::ports::HttpClientError;
using printcam::ports::HttpClientRequest;
using printcam::ports::HttpHeaderField;

namespace {

// A socket that listens but never accepts: connects succeed (the backlog), nothing ever answers.
struct SilentListener {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  std::uint16_t port = 0;
  SilentListener() {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(fd, 4);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    port = ntohs(a.sin_port);
  }
  ~SilentListener() { ::close(fd); }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port) + "/c/snapshot"; }
};

}  // namespace

TEST_CASE("The POSIX client sends method, headers and an exact body, and reads the answer") {
  std::mutex mu;
  std::string seen_method, seen_path, seen_type, seen_length, seen_body;
  PosixHttpServer server;
  REQUIRE(server.start({0, 4}, [&](printcam::ports::HttpRequest& req, printcam::ports::HttpResponse& res) {
    std::string body;
    std::uint8_t buf[100];
    long n;
    while ((n = req.read_body(buf, sizeof buf)) > 0)
      body.append(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
    {
      std::lock_guard<std::mutex> lock(mu);
      seen_method = std::string(req.method());
      seen_path = std::string(req.path());
      seen_type = std::string(req.header("content-type").value_or(""));
      seen_length = std::string(req.header("content-length").value_or(""));
      seen_body = body;
    }
    res.set_status(201);
    res.send("created!");
  }));
  const std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/c/snapshot";
  const HttpHeaderField headers[] = {{"Content-Type", "image/jpg"}};
  HttpClientRequest req;
  req.method = "PUT";
  req.url = url;
  req.headers = headers;
  req.header_count = 1;
  req.content_length = 10;
  PosixHttpClient client;
  REQUIRE(client.open(req).ok());
  REQUIRE(client.write(reinterpret_cast<const std::uint8_t*>("01234"), 5).ok());
  REQUIRE(client.write(reinterpret_cast<const std::uint8_t*>("56789"), 5).ok());
  int status = 0;
  REQUIRE(client.fetch_response(&status).ok());
  CHECK(status == 201);
  std::string answer;
  std::uint8_t buf[3];
  long n;
  while ((n = client.read(buf, sizeof buf)) > 0)
    answer.append(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
  CHECK(n == 0);
  CHECK(answer == "created!");
  client.close();
  server.stop();
  CHECK(seen_method == "PUT");
  CHECK(seen_path == "/c/snapshot");
  CHECK(seen_type == "image/jpg");
  CHECK(seen_length == "10");
  CHECK(seen_body == "0123456789");
}

TEST_CASE("The POSIX client refuses https, non-loopback hosts, header injection and wrong body sizes") {
  PosixHttpClient client;
  HttpClientRequest req;
  req.url = "https://connect.prusa3d.com/c/snapshot";
  const auto https = client.open(req);
  CHECK(https.error == HttpClientError::kUnsupportedScheme);
  CHECK(https.detail.find("https") != std::string_view::npos);
  req.url = "http://connect.prusa3d.com/c/snapshot";
  CHECK(client.open(req).error == HttpClientError::kDnsFailure);
  req.url = "not a url";
  CHECK(client.open(req).error == HttpClientError::kInvalidRequest);

  SilentListener silent;
  const std::string url = silent.url();
  const HttpHeaderField evil[] = {{"Token", "abc\r\nX-Injected: 1"}};
  req.url = url;
  req.headers = evil;
  req.header_count = 1;
  CHECK(client.open(req).error == HttpClientError::kInvalidRequest);

  req.header_count = 0;
  req.content_length = 3;
  req.io_timeout_ms = 200;
  REQUIRE(client.open(req).ok());
  CHECK(client.write(reinterpret_cast<const std::uint8_t*>("abcd"), 4).error ==
        HttpClientError::kInvalidRequest);
  int status = 0;
  CHECK(client.fetch_response(&status).error == HttpClientError::kInvalidRequest);
  client.close();
}

TEST_CASE("The POSIX client reports a refused connection and a silent server as different failures") {
  std::uint16_t closed_port;
  {
    SilentListener gone;
    closed_port = gone.port;
  }
  PosixHttpClient client;
  HttpClientRequest req;
  const std::string refused = "http://127.0.0.1:" + std::to_string(closed_port) + "/";
  req.url = refused;
  CHECK(client.open(req).error == HttpClientError::kConnectFailure);

  SilentListener silent;
  const std::string url = silent.url();
  req.url = url;
  req.io_timeout_ms = 100;
  REQUIRE(client.open(req).ok());
  int status = 0;
  CHECK(client.fetch_response(&status).error == HttpClientError::kTimeout);
  client.close();
}

TEST_CASE("Cancelling from another thread ends a blocked wait for the answer") {
  SilentListener silent;
  const std::string url = silent.url();
  PosixHttpClient client;
  HttpClientRequest req;
  req.url = url;
  req.io_timeout_ms = 60'000;
  REQUIRE(client.open(req).ok());
  std::thread canceller([&client] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    client.cancel();
  });
  int status = 0;
  CHECK(client.fetch_response(&status).error == HttpClientError::kCancelled);
  canceller.join();
  client.close();
  // The cancel belonged to that exchange: the next one runs normally (and times out here).
  req.io_timeout_ms = 50;
  REQUIRE(client.open(req).ok());
  CHECK(client.fetch_response(&status).error == HttpClientError::kTimeout);
  client.close();
}
