#include "core/api/event_stream.hpp"

#include <atomic>
#include <functional>
#include <thread>

#include "catch2_compat.hpp"
#include "fakes/fake_clock.hpp"
#include "fakes/fake_http.hpp"

using printcam::api::EventStream;
using printcam::fakes::FakeClock;
using printcam::fakes::FakeRequest;
using printcam::fakes::FakeResponse;
using printcam::log::Level;
using printcam::log::LogBuffer;

namespace {

/// A response that runs `on_chunk` for each chunk and reports the client gone after `limit`.
class ScriptedResponse : public FakeResponse {
 public:
  std::size_t limit = 100;
  /// Chunks sent so far, readable from another thread while the stream runs.
  std::atomic<std::size_t> sent{0};
  std::function<void(std::size_t)> on_chunk = [](std::size_t) {};
  bool send_chunk(const std::uint8_t* data, std::size_t n) override {
    FakeResponse::send_chunk(data, n);
    sent = chunks.size();
    if (chunks.size() >= limit) return false;
    on_chunk(chunks.size());
    return true;
  }
  using FakeResponse::send_chunk;
};

bool has(const std::vector<std::string>& chunks, const std::string& text) {
  for (const auto& c : chunks) {
    if (c.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("An event stream opens with a status event and ends when the client leaves") {
  FakeClock clock;
  LogBuffer logs(clock, 4096);
  EventStream events(clock, logs, [] { return std::string(R"({"uptime_s":1})"); });
  FakeRequest req("GET", "/api/events");
  ScriptedResponse res;
  res.limit = 3;
  // Each chunk after the opening pair logs a line, so the loop always has something to send.
  res.on_chunk = [&](std::size_t n) {
    if (n >= 2) logs.log(Level::kInfo, "tick %zu", n);
  };
  events.serve(req, res);
  CHECK(res.header("Content-Type") == "text/event-stream");
  REQUIRE(res.chunks.size() == 3);
  CHECK(res.chunks[0] == "retry: 3000\n\n");
  CHECK(res.chunks[1] == "event: status\ndata: {\"uptime_s\":1}\n\n");
  CHECK(res.chunks[2].rfind("event: log\ndata: {\"seq\":", 0) == 0);
  CHECK(events.clients() == 0);
}

TEST_CASE("An event stream sends status again only when it changed and a keep-alive when idle") {
  FakeClock clock;
  LogBuffer logs(clock, 4096);
  std::atomic<int> uptime{1};
  EventStream events(clock, logs,
                     [&uptime] { return "{\"uptime_s\":" + std::to_string(uptime.load()) + "}"; });
  FakeRequest req("GET", "/api/events");
  ScriptedResponse res;
  res.limit = 5;
  std::thread driver([&] {
    // Moves time on from outside, as a real clock would, until the stream has ended.
    while (res.sent < res.limit) {
      clock.advance_ms(EventStream::kStatusIntervalMs);
      if (clock.monotonic_ms() > 8000) uptime = 2;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  events.serve(req, res);
  driver.join();
  CHECK(has(res.chunks, "event: status\ndata: {\"uptime_s\":2}"));
  CHECK(has(res.chunks, ": keep-alive\n\n"));
}

TEST_CASE("Event streams beyond the per-address limit are refused with 503") {
  FakeClock clock;
  LogBuffer logs(clock, 4096);
  EventStream events(clock, logs, [] { return std::string("{}"); });
  std::vector<std::thread> held;
  std::vector<ScriptedResponse> responses(EventStream::kMaxClientsPerAddress);
  for (auto& r : responses) {
    held.emplace_back([&events, &r] {
      FakeRequest req("GET", "/api/events");
      events.serve(req, r);
    });
  }
  while (events.clients() < EventStream::kMaxClientsPerAddress) std::this_thread::yield();
  FakeRequest same("GET", "/api/events");
  FakeResponse refused;
  events.serve(same, refused);
  CHECK(refused.status == 503);
  CHECK(refused.header("Retry-After") == "5");
  events.publish("ota", R"({"state":"writing"})");
  events.close_all();
  for (auto& t : held) t.join();
  CHECK(events.clients() == 0);
  for (const auto& r : responses) CHECK(has(r.chunks, "event: ota\ndata: {\"state\":\"writing\"}\n\n"));
}

TEST_CASE("A HEAD request for the event stream gets the headers and returns at once") {
  FakeClock clock;
  LogBuffer logs(clock, 4096);
  EventStream events(clock, logs, [] { return std::string("{}"); });
  FakeRequest req("HEAD", "/api/events");
  FakeResponse res;
  events.serve(req, res);
  CHECK(res.status == 200);
  CHECK(res.header("Content-Type") == "text/event-stream");
  CHECK(res.chunks.empty());
  CHECK(events.clients() == 0);
}
