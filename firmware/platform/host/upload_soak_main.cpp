// printcam-upload-soak: the core uploader over the real POSIX HttpClient against a Connect server
// on 127.0.0.1 (the mock), for a given number of snapshot cycles. The uploader's clock is manual
// and jumps over every wait, so the 10 s floor and the backoff hold on that clock while thousands
// of cycles run in seconds; network timeouts stay real. Prints one JSON line: the upload status
// and heap use. Driven by e2e/soak/upload-soak.ts, which checks it against the mock's records.

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "core/connect/fingerprint.hpp"
#include "core/connect/upload_worker.hpp"
#include "platform/host/posix_http_client.hpp"
#include "platform/host/test_jpeg.hpp"

// Bytes in use on the heap: ASan's allocator count in the sanitized build (GCC ships no header for
// it, so it is declared here; CMake sets PRINTCAM_ASAN), else glibc's mallinfo2.
#if PRINTCAM_ASAN
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#define PRINTCAM_HEAP_BYTES() __sanitizer_get_current_allocated_bytes()
#else
#include <malloc.h>
#define PRINTCAM_HEAP_BYTES() mallinfo2().uordblks
#endif

namespace {

using namespace printcam;

constexpr const char* kUsage =
    "usage: printcam-upload-soak --url http://127.0.0.1:PORT --token TOKEN [--cycles N] [--interval-s S]\n"
    "                            [--timeout-ms MS] [--jpeg-bytes N] [--manual-every N]\n";

class SoakClock final : public ports::Clock {
 public:
  std::uint64_t monotonic_ms() const override { return ms_; }
  std::int64_t unix_time() const override { return 1'700'000'000 + static_cast<std::int64_t>(ms_ / 1000); }
  void advance(std::uint64_t ms) { ms_ += ms; }

 private:
  std::atomic<std::uint64_t> ms_{0};
};

std::atomic<std::size_t> g_peak_heap{0};

void sample_heap() {
  const std::size_t now = PRINTCAM_HEAP_BYTES();
  std::size_t peak = g_peak_heap;
  while (now > peak && !g_peak_heap.compare_exchange_weak(peak, now)) {
  }
}

class JumpWaiter final : public connect::Waiter {
 public:
  explicit JumpWaiter(SoakClock& clock) : clock_(clock) {}
  void wait(std::unique_lock<std::mutex>&, std::condition_variable&, std::uint64_t delay_ms) override {
    sample_heap();
    clock_.advance(delay_ms);
  }

 private:
  SoakClock& clock_;
};

struct Options {
  std::string url, token;
  long cycles = 200, interval_s = 10, timeout_ms = 1000, jpeg_bytes = 24'000, manual_every = 50;
};

bool parse(int argc, char** argv, Options* o) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i];
    const char* v = argv[i + 1];
    if (k == "--url") {
      o->url = v;
    } else if (k == "--token") {
      o->token = v;
    } else {
      char* end = nullptr;
      const long n = std::strtol(v, &end, 10);
      if (*end != '\0' || n < 0) return false;
      if (k == "--cycles")
        o->cycles = n;
      else if (k == "--interval-s")
        o->interval_s = n;
      else if (k == "--timeout-ms")
        o->timeout_ms = n;
      else if (k == "--jpeg-bytes")
        o->jpeg_bytes = n;
      else if (k == "--manual-every")
        o->manual_every = n;
      else
        return false;
    }
  }
  return argc % 2 == 1 && !o->url.empty() && !o->token.empty() && o->cycles > 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!parse(argc, argv, &opt)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  auto jpeg = std::make_shared<const std::vector<std::uint8_t>>(
      host::make_test_jpeg(640, 480, static_cast<std::size_t>(opt.jpeg_bytes)));
  SoakClock clock;
  JumpWaiter waiter(clock);
  host::PosixHttpClient http;
  std::atomic<long> saved{0};

  // Uploads switch off once the target count is reached, so the last cycle ends by itself instead of
  // being cancelled by stop() (which would leave the mock and the status disagreeing about it).
  std::atomic<std::uint64_t> attempts{0};
  connect::UploaderInputs in;
  in.config = [&opt, &attempts] {
    const bool more = attempts < static_cast<std::uint64_t>(opt.cycles);
    return connect::UploaderConfig{more, static_cast<int>(opt.interval_s), opt.url, opt.token};
  };
  in.capture = [&jpeg] {
    sample_heap();
    return connect::SharedBytes{jpeg, jpeg->data(), jpeg->size()};
  };
  in.photo_saved = [&saved](const connect::SharedBytes&) { ++saved; };
  in.device_info = [] {
    connect::DeviceInfo d;
    d.name = "soak";
    d.firmware = "0.0.0-soak";
    d.manufacturer = "printcam";
    d.model = "simulated";
    d.width = 640;
    d.height = 480;
    d.wifi_mac = "02:00:00:00:00:01";
    d.wifi_ipv4 = "127.0.0.1";
    d.wifi_ssid = "loopback";
    return d;
  };
  in.network_up = [] { return true; };
  in.ota_active = [] { return false; };

  const connect::MacAddress mac{0x02, 0, 0, 0, 0, 0x01};
  connect::UploaderOptions timeouts;
  timeouts.connect_timeout_ms = static_cast<std::uint32_t>(opt.timeout_ms);
  timeouts.io_timeout_ms = static_cast<std::uint32_t>(opt.timeout_ms);
  std::uint32_t seed = 1;
  connect::Uploader uploader(
      http, clock, in, connect::derive_fingerprint(mac, mac),
      [&seed] { return seed = seed * 1664525u + 1013904223u; }, timeouts);
  connect::UploadWorker worker(uploader, http, clock, waiter);

  const auto started = std::chrono::steady_clock::now();
  // Real-time bound: every cycle may cost two full timeouts (info and snapshot) plus slack.
  const auto deadline = started + std::chrono::milliseconds(opt.cycles * (2 * opt.timeout_ms + 200) + 30'000);
  std::size_t heap_after_warmup = 0;
  worker.start();
  std::uint64_t last_manual = 0;
  for (;;) {
    const auto now_status = uploader.status();
    attempts = now_status.attempts;
    if (attempts >= static_cast<std::uint64_t>(opt.cycles) && now_status.state == "disabled") break;
    if (std::chrono::steady_clock::now() > deadline) break;
    if (heap_after_warmup == 0 && attempts >= 10) heap_after_warmup = PRINTCAM_HEAP_BYTES();
    // Exercise "upload now" from another thread, as the HTTP route does.
    if (opt.manual_every > 0 && attempts / static_cast<std::uint64_t>(opt.manual_every) > last_manual) {
      last_manual = attempts / static_cast<std::uint64_t>(opt.manual_every);
      worker.request_upload();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  worker.stop();
  const auto status = uploader.status();
  const auto real_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
          .count();
  std::printf(
      "{\"cycles\":%llu,\"finished\":%s,\"real_ms\":%lld,\"simulated_ms\":%llu,\"photos_saved\":%ld,"
      "\"jpeg_bytes\":%zu,\"heap\":{\"after_warmup\":%zu,\"end\":%zu,\"peak\":%zu},\"status\":%s}\n",
      static_cast<unsigned long long>(status.attempts),
      status.attempts >= static_cast<std::uint64_t>(opt.cycles) ? "true" : "false",
      static_cast<long long>(real_ms), static_cast<unsigned long long>(clock.monotonic_ms()), saved.load(),
      jpeg->size(), heap_after_warmup, static_cast<std::size_t>(PRINTCAM_HEAP_BYTES()), g_peak_heap.load(),
      connect::upload_status_json(status, clock.monotonic_ms()).c_str());
  return status.attempts >= static_cast<std::uint64_t>(opt.cycles) ? 0 : 1;
}
