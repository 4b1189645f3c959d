// The simulated camera: the portable core on POSIX adapters, serving on 127.0.0.1.
//
// A reboot (after an OTA update, or a rollback) restarts the camera inside the same process:
// run_once() returns, every service is destroyed, and the next run boots again from --data (the
// OTA slots' boot selector picks the firmware, the settings are read anew) and listens on the same
// port, so a browser or a test keeps its URL, as with a real camera's IP address.

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/app/device_app.hpp"
#include "core/ota/ota_routes.hpp"
#include "platform/host/file_kv_store.hpp"
#include "platform/host/folder_storage.hpp"
#include "platform/host/posix_http_server.hpp"
#include "platform/host/sim_camera.hpp"
#include "platform/host/sim_led.hpp"
#include "platform/host/sim_options.hpp"
#include "platform/host/sim_ota.hpp"
#include "platform/host/system_clock.hpp"

#ifndef PRINTCAM_VERSION
#error "PRINTCAM_VERSION must come from the build (platform/host/CMakeLists.txt reads package.json)"
#endif

namespace {

using namespace printcam;

enum class RunEnd { kStop, kReboot, kFailed };

/// Runs the camera until a stop signal, a reboot request (SIGUSR1) or a start failure.
RunEnd run_once(const host::SimOptions& opts, std::uint16_t& port, sigset_t& signals) {
  // The SD card is "inserted": its folder exists (remove it to pull the card).
  const std::string sd_root = opts.data_dir + "/sdcard";
  std::error_code fs_error;
  std::filesystem::create_directories(sd_root, fs_error);
  host::SimCamera camera(opts.fps, opts.frames_dir);
  host::SimLed led;
  host::FolderStorage storage(sd_root);
  host::SystemClock clock;
  host::FileKvStore kv(opts.data_dir);
  std::random_device entropy;  // the OS's RNG on Linux (/dev/urandom)
  const crypto::RandomFill random = [&entropy](std::uint8_t* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint8_t>(entropy());
  };
  app::DeviceApp device(app::DevicePorts{camera, led, storage, clock, kv, random});
  if (!device.camera_started().ok()) {
    std::fprintf(stderr, "printcam-sim: the camera did not start: %s\n",
                 opts.frames_dir.empty() ? "the frame generator failed"
                                         : "--frames must name a folder holding .jpg or .jpeg files");
    return RunEnd::kFailed;
  }

  // Healthy for the OTA confirmation: serving HTTP (the simulator's network is always up).
  std::atomic<bool> serving{false};
  host::SimOtaConfig ota_config;
  ota_config.data_dir = opts.data_dir;
  ota_config.board = generated::find_board(opts.board);
  ota_config.builtin_version = PRINTCAM_VERSION;
  // The request arrives on a connection thread; main() waits for the signal in sigwait.
  ota_config.reboot = [] { ::kill(::getpid(), SIGUSR1); };
  ota_config.healthy = [&serving] { return serving.load(); };
  host::SimOta ota(ota_config, clock);
  ota::register_ota_routes(device.router(), ota.manager(), ota.downloader());

  host::PosixHttpServer server;
  ports::HttpServerConfig config;
  config.port = port;
  if (!server.start(config, [&device](ports::HttpRequest& req, ports::HttpResponse& res) {
        device.handle(req, res);
      })) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1:%u\n", static_cast<unsigned>(port));
    return RunEnd::kFailed;
  }
  serving = true;
  ota.manager().start_health_watch();
  port = server.port();
  // Test fixtures and `npm start` read this line to learn the port.
  std::printf("printcam-sim %s on %s listening on http://127.0.0.1:%u/\n",
              ota.manager().running_version().c_str(), opts.board.c_str(), static_cast<unsigned>(port));
  std::fflush(stdout);

  int sig = 0;
  sigwait(&signals, &sig);
  server.stop();
  if (sig != SIGUSR1) return RunEnd::kStop;
  std::printf("printcam-sim rebooting\n");
  std::fflush(stdout);
  return RunEnd::kReboot;
}

}  // namespace

int main(int argc, char** argv) {
  std::string error;
  const auto opts = host::parse_sim_options(std::vector<std::string>(argv + 1, argv + argc), error);
  if (!opts) {
    std::fprintf(error.empty() ? stdout : stderr, "%s%s%s", error.c_str(), error.empty() ? "" : "\n",
                 host::kSimUsage);
    return error.empty() ? 0 : 2;
  }
  std::error_code fs_error;
  std::filesystem::create_directories(opts->data_dir, fs_error);
  if (fs_error) {
    std::fprintf(stderr, "cannot create data directory %s: %s\n", opts->data_dir.c_str(),
                 fs_error.message().c_str());
    return 1;
  }

  // Every thread started below inherits this mask, so only sigwait() sees these: Ctrl-C and
  // SIGTERM stop the camera, SIGUSR1 (a reboot request) restarts it.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::uint16_t port = opts->port;
  for (;;) {
    switch (run_once(*opts, port, signals)) {
      case RunEnd::kStop:
        return 0;
      case RunEnd::kFailed:
        return 1;
      case RunEnd::kReboot:
        break;
    }
  }
}
