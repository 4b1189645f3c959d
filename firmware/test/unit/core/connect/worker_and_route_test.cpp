#include <memory>
#include <vector>

#include "catch2_compat.hpp"
#include "core/connect/connect_routes.hpp"
#include "core/connect/upload_worker.hpp"
#include "core/http/access_policy.hpp"
#include "fakes//fake_http.hpp"
#include "fakes/fake_http_client.hpp"
#include "fakes/manual_clock.hpp"

using namespace printcam::connect;

namespace {

struct StubTrigger : UploadTrigger {
  TriggerResult answer;
  int calls = 0;
  TriggerResult request_upload() override {
    ++calls;
    return answer;
  }
};

// Advances the manual clock instead of sleeping, and counts the waits.
struct JumpWaiter : Waiter {
  printcam::fakes::ManualClock& clock;
  std::atomic<int> waits{0};
  explicit JumpWaiter(printcam::fakes::ManualClock& c) : clock(c) {}
  void wait(std::unique_lock<std::mutex>&, std::condition_variable&, std::uint64_t delay_ms) override {
    clock.advance(delay_ms);
    ++waits;
  }
};

}  // namespace

TEST_CASE("POST /api/connect/upload answers 202 when queued and 409 with the reason otherwise") {
  printcam::http::OpenAccess open_access;
  printcam::http::Router router{open_access};
  StubTrigger trigger;
  register_connect_routes(router, trigger);
  const auto* route = router.find("POST", "/api/connect/upload");
  REQUIRE(route);
  CHECK(route->access == printcam::http::Access::kAdmin);

  trigger.answer = {true, {}, {}};
  printcam::fakes::FakeRequest req("POST", "/api/connect/upload");
  printcam::fakes::FakeResponse res;
  router.handle(req, res);
  CHECK(res.status == 202);
  CHECK(res.body == "{\"queued\":true}");

  trigger.answer = {false, "upload_not_configured", "Enter the token."};
  printcam::fakes::FakeResponse refused;
  router.handle(req, refused);
  CHECK(refused.status == 409);
  CHECK(refused.body.find("\"code\":\"upload_not_configured\"") != std::string::npos);
  CHECK(refused.body.find("Enter the token.") != std::string::npos);
}

TEST_CASE("The worker thread uploads on its clock and stops cleanly") {
  printcam::fakes::FakeHttpClient http;
  printcam::fakes::ManualClock clock;
  JumpWaiter waiter(clock);
  auto frame = std::make_shared<std::vector<std::uint8_t>>(100, 1);
  std::atomic<int> saved{0};
  UploaderInputs in;
  in.config = [] { return UploaderConfig{true, 10, "http://127.0.0.1:9", "T0nSPU2v05v0pJeKYFYV"}; };
  in.capture = [frame] { return SharedBytes{frame, frame->data(), frame->size()}; };
  in.photo_saved = [&saved](const SharedBytes&) { ++saved; };
  in.device_info = [] { return DeviceInfo{}; };
  in.network_up = [] { return true; };
  in.ota_active = [] { return false; };
  Uploader uploader(http, clock, in, "ZmluZ2VycHJpbnQxMjM0NQ==", [] { return 7u; });
  UploadWorker worker(uploader, http, clock, waiter);
  worker.start();
  while (saved < 5) std::this_thread::yield();
  worker.stop();
  CHECK(http.cancels >= 1);
  CHECK(uploader.status().successes >= 5);
  CHECK(clock.monotonic_ms() >= 40'000);  // five snapshots, 10 s apart on the worker's clock
}
