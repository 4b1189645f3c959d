#include "core/log/log_buffer.hpp"

#include <thread>

#include "catch2_compat.hpp"
#include "core/log/log_json.hpp"
#include "fakes/fake_clock.hpp"

using printcam::fakes::FakeClock;
using printcam::log::Level;
using printcam::log::Line;
using printcam::log::LogBuffer;

TEST_CASE("Log lines carry a sequence number, both clocks, the level and the formatted text") {
  FakeClock clock;
  clock.set_unix_time(1700000000);
  LogBuffer logs(clock, 4096);
  logs.log(Level::kWarn, "upload failed: %d (%s)", 503, "busy");
  const auto lines = logs.since(0, 10);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].seq == 1);
  CHECK(lines[0].t == 1700000000);
  CHECK(lines[0].up_ms == 1000);
  CHECK(lines[0].level == Level::kWarn);
  CHECK(lines[0].msg == "upload failed: 503 (busy)");
  std::string json;
  printcam::log::append_line_json(json, lines[0]);
  CHECK(json ==
        R"j({"seq":1,"t":1700000000,"up_ms":1000,"level":"warn","msg":"upload failed: 503 (busy)"})j");
}

TEST_CASE("The log keeps the newest lines within its byte budget and reports what a reader missed") {
  FakeClock clock;
  const std::size_t per_line = 10 + LogBuffer::kLineOverhead;
  LogBuffer logs(clock, 5 * per_line);
  for (int i = 0; i < 8; ++i) logs.log(Level::kInfo, "line %05d", i);
  CHECK(logs.bytes_used() <= 5 * per_line);
  bool missed = false;
  const auto lines = logs.since(0, 100, &missed);
  REQUIRE(lines.size() == 5);
  CHECK(missed);
  CHECK(lines.front().seq == 4);
  CHECK(lines.back().msg == "line 00007");
  const auto newer = logs.since(6, 100, &missed);
  CHECK_FALSE(missed);
  REQUIRE(newer.size() == 2);
  CHECK(newer[0].seq == 7);
  CHECK(logs.since(8, 100).empty());
  CHECK(logs.since(~0ULL, 100).empty());
  CHECK(logs.since(0, 2).size() == 2);
  CHECK(logs.next_seq() == 9);
}

TEST_CASE("Over-long messages are cut to the line limit") {
  FakeClock clock;
  LogBuffer logs(clock, 4096);
  logs.log(Level::kError, "%s", std::string(1000, 'x').c_str());
  CHECK(logs.since(0, 1).at(0).msg.size() == LogBuffer::kMaxMessage);
}

TEST_CASE("Subscribers see each new line until they unsubscribe") {
  FakeClock clock;
  LogBuffer logs(clock, 4096);
  std::vector<std::string> seen;
  const int id = logs.subscribe([&seen](const Line& l) { seen.push_back(l.msg); });
  logs.log(Level::kInfo, "one");
  logs.unsubscribe(id);
  logs.log(Level::kInfo, "two");
  CHECK(seen == std::vector<std::string>{"one"});
}

TEST_CASE("Logging from several threads loses no line and keeps sequence numbers unique") {
  FakeClock clock;
  LogBuffer logs(clock, 1 << 20);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&logs, t] {
      for (int i = 0; i < 200; ++i) logs.log(Level::kInfo, "t%d i%d", t, i);
    });
  }
  for (auto& th : threads) th.join();
  const auto lines = logs.since(0, 10000);
  REQUIRE(lines.size() == 800);
  for (std::size_t i = 0; i < lines.size(); ++i) CHECK(lines[i].seq == i + 1);
}

TEST_CASE("Lines below the threshold are dropped and the threshold starts at info") {
  FakeClock clock;
  LogBuffer logs(clock, 4096);
  logs.log(Level::kDebug, "hidden at first");
  logs.log(Level::kInfo, "kept");
  logs.set_threshold(Level::kDebug);
  logs.log(Level::kDebug, "now kept");
  logs.set_threshold(Level::kError);
  logs.log(Level::kWarn, "dropped");
  logs.log(Level::kError, "still kept");
  std::vector<std::string> texts;
  for (const Line& line : logs.since(0, 10)) texts.push_back(line.msg);
  CHECK(texts == std::vector<std::string>{"kept", "now kept", "still kept"});
}

TEST_CASE("Level names read back as their levels and anything else is info") {
  using printcam::log::level_from_name;
  for (const Level level : {Level::kError, Level::kWarn, Level::kInfo, Level::kDebug}) {
    CHECK(level_from_name(printcam::log::level_name(level)) == level);
  }
  CHECK(level_from_name("verbose") == Level::kInfo);
}
