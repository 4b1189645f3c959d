#include "core/media/frame_hub.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "catch2_compat.hpp"
#include "fakes/fake_camera.hpp"
#include "platform/host/system_clock.hpp"

using namespace std::chrono_literals;
using printcam::fakes::FakeCamera;
using printcam::host::SystemClock;
using printcam::media::FrameHub;
using printcam::media::FramePtr;

namespace {

/// Generous: only reached when the code under test is broken, so it never slows a passing run.
constexpr auto kWait = 10s;

/// Polls `done` until it holds (or kWait passes); true when it held.
template <typename F>
bool eventually(F done) {
  const auto until = std::chrono::steady_clock::now() + kWait;
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(1ms);
  }
  return true;
}

}  // namespace

TEST_CASE("Four subscribers share one capture per frame and see the same bytes, not copies") {
  FakeCamera camera;
  camera.frame_period = 5ms;  // Ample time for all four readers to be waiting when a frame lands.
  SystemClock clock;
  std::vector<std::map<std::uint64_t, const std::uint8_t*>> seen(4);
  {
    FrameHub hub(camera, clock);
    std::vector<std::thread> readers;
    for (auto& mine : seen) {
      readers.emplace_back([&hub, &mine] {
        FrameHub::Subscription sub = hub.subscribe();
        while (mine.empty() || mine.rbegin()->first < 30) {
          const FramePtr f = sub.next(kWait);
          REQUIRE(f != nullptr);
          mine[f->sequence()] = f->data();
        }
      });
    }
    for (auto& t : readers) t.join();
    REQUIRE(eventually([&] { return !hub.stats().capturing; }));  // The last capture has landed.
    const auto stats = hub.stats();
    CHECK(stats.bytes_copied == 0);
    std::size_t delivered = 0;
    for (const auto& mine : seen) delivered += mine.size();
    CHECK(stats.delivered == delivered);
    // One camera frame per sequence number, however many consumers took it.
    CHECK(static_cast<std::uint64_t>(camera.gets()) == stats.captures);
  }
  std::map<std::uint64_t, std::set<const std::uint8_t*>> buffers_per_frame;
  std::size_t shared = 0;
  for (const auto& mine : seen) {
    for (const auto& [seq, data] : mine) buffers_per_frame[seq].insert(data);
  }
  for (const auto& [seq, set] : buffers_per_frame) CHECK(set.size() == 1);
  for (std::uint64_t seq = 1; seq <= 30; ++seq) {
    std::size_t takers = 0;
    for (const auto& mine : seen) takers += mine.count(seq);
    if (takers > 1) ++shared;
  }
  CHECK(shared > 0);
  CHECK(camera.gets() == camera.returns());
  CHECK(camera.bad_releases() == 0);
}

TEST_CASE("A stalled subscriber holding a frame does not stall the capture loop or the others") {
  FakeCamera camera;
  SystemClock clock;
  {
    FrameHub hub(camera, clock);
    FrameHub::Subscription stalled = hub.subscribe();
    const FramePtr held = stalled.next(kWait);  // Takes one frame, then never asks again.
    REQUIRE(held != nullptr);
    const std::string held_bytes(reinterpret_cast<const char*>(held->data()), held->size());
    FrameHub::Subscription reader = hub.subscribe();
    std::uint64_t last = 0;
    for (int i = 0; i < 25; ++i) {
      const FramePtr f = reader.next(kWait);
      REQUIRE(f != nullptr);
      CHECK(f->sequence() > last);
      last = f->sequence();
    }
    CHECK(last >= 25);
    CHECK(hub.stats().captures >= 25);
    // The held frame is still intact while the loop has moved on.
    CHECK(std::string(reinterpret_cast<const char*>(held->data()), held->size()) == held_bytes);
    CHECK(camera.outstanding() >= 1);
  }
  CHECK(camera.gets() == camera.returns());
  CHECK(camera.outstanding() == 0);
  CHECK(camera.bad_releases() == 0);
}

TEST_CASE("A subscriber that falls behind gets the newest frame and the skipped ones count as dropped") {
  FakeCamera camera;
  SystemClock clock;
  FrameHub hub(camera, clock);
  FrameHub::Subscription sub = hub.subscribe();
  const FramePtr first = sub.next(kWait);
  REQUIRE(first != nullptr);
  REQUIRE(eventually([&] { return hub.stats().captures >= first->sequence() + 5; }));
  const FramePtr later = sub.next(kWait);
  REQUIRE(later != nullptr);
  CHECK(later->sequence() >= first->sequence() + 5);
  CHECK(hub.stats().dropped == later->sequence() - first->sequence() - 1);
}

TEST_CASE("The capture loop runs only while someone wants frames") {
  FakeCamera camera;
  SystemClock clock;
  FrameHub hub(camera, clock);
  CHECK(camera.gets() == 0);
  CHECK_FALSE(hub.stats().capturing);
  {
    FrameHub::Subscription sub = hub.subscribe();
    REQUIRE(sub.next(kWait) != nullptr);
  }
  REQUIRE(eventually([&] { return !hub.stats().capturing; }));
  const int after = camera.gets();
  std::this_thread::sleep_for(30ms);
  CHECK(camera.gets() == after);
  // Idle, the hub holds no driver buffer.
  CHECK(eventually([&] { return camera.outstanding() == 0; }));
}

TEST_CASE("A fresh frame is one whose capture began after the request") {
  FakeCamera camera;
  camera.hold(true);
  SystemClock clock;
  FrameHub hub(camera, clock);
  FrameHub::Subscription sub = hub.subscribe();
  camera.wait_for_capture(1);  // Capture 1 has begun and is held mid-frame.
  FramePtr snap;
  std::thread asker([&] { snap = hub.fresh(kWait); });
  REQUIRE(eventually([&] { return hub.stats().fresh_waiters == 1; }));
  camera.hold(false);
  asker.join();
  REQUIRE(snap != nullptr);
  CHECK(snap->sequence() >= 2);
}

TEST_CASE("A fresh frame request starts the idle capture loop and gets a frame") {
  FakeCamera camera;
  SystemClock clock;
  FrameHub hub(camera, clock);
  CHECK(camera.gets() == 0);
  const FramePtr snap = hub.fresh(kWait);
  REQUIRE(snap != nullptr);
  CHECK(hub.stats().delivered == 1);
  CHECK(hub.stats().subscribers == 0);
}

TEST_CASE("Capture failures are counted and retried until a frame comes") {
  FakeCamera camera;
  camera.fail_next(2);
  SystemClock clock;
  FrameHub hub(camera, clock);
  const FramePtr snap = hub.fresh(kWait);
  REQUIRE(snap != nullptr);
  CHECK(hub.stats().capture_failures == 2);
  CHECK(camera.failed() == 2);
}

TEST_CASE("Copying a frame's bytes is counted") {
  FakeCamera camera;
  SystemClock clock;
  FrameHub hub(camera, clock);
  const FramePtr snap = hub.fresh(kWait);
  REQUIRE(snap != nullptr);
  const auto copy = snap->copy_bytes(printcam::media::orient_jpeg(snap->data(), snap->size(), 0));
  CHECK(copy == std::vector<std::uint8_t>(snap->data(), snap->data() + snap->size()));
  CHECK(hub.stats().bytes_copied == snap->size());
}

TEST_CASE("Reconfiguring while paused waits for the capture in progress and resumes after") {
  FakeCamera camera;
  SystemClock clock;
  FrameHub hub(camera, clock);
  FrameHub::Subscription sub = hub.subscribe();
  REQUIRE(sub.next(kWait) != nullptr);
  camera.hold(true);
  const int begun = camera.gets() + 1;
  camera.wait_for_capture(begun);  // A capture is now in progress, held mid-frame.
  bool overlapped = true;
  std::thread changer([&] { hub.while_paused([&] { overlapped = camera.in_capture(); }); });
  camera.hold(false);
  changer.join();
  CHECK_FALSE(overlapped);
  REQUIRE(sub.next(kWait) != nullptr);
}

TEST_CASE("Each snapshot of an idle camera costs exactly one capture") {
  FakeCamera camera;
  SystemClock clock;
  FrameHub hub(camera, clock);
  for (int i = 1; i <= 20; ++i) {
    const FramePtr snap = hub.fresh(kWait);
    REQUIRE(snap != nullptr);
    REQUIRE(eventually([&] { return !hub.stats().capturing && camera.outstanding() == 1; }));
    CHECK(camera.gets() == i);
  }
}
