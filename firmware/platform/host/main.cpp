// The simulated camera: the portable core on POSIX adapters, serving on 127.0.0.1.

#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/app/device_app.hpp"
#include "platform/host/file_kv_store.hpp"
#include "platform/host/folder_storage.hpp"
#include "platform/host/posix_http_server.hpp"
#include "platform/host/sim_camera.hpp"
#include "platform/host/sim_led.hpp"
#include "platform/host/sim_options.hpp"
#include "platform/host/system_clock.hpp"

int main(int argc, char** argv) {
  using namespace printcam;
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

  // Every thread started below inherits this mask, so only sigwait() sees Ctrl-C.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  // The SD card is "inserted": its folder exists (remove it to pull the card).
  const std::string sd_root = opts->data_dir + "/sdcard";
  std::filesystem::create_directories(sd_root, fs_error);
  host::SimCamera camera(opts->fps, opts->frames_dir);
  host::SimLed led;
  host::FolderStorage storage(sd_root);
  host::SystemClock clock;
  host::FileKvStore kv(opts->data_dir);
  std::random_device entropy;  // the OS's RNG on Linux (/dev/urandom)
  const crypto::RandomFill random = [&entropy](std::uint8_t* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint8_t>(entropy());
  };
  app::DeviceApp device(app::DevicePorts{camera, led, storage, clock, kv, random});
  if (!device.camera_started().ok()) {
    std::fprintf(stderr, "printcam-sim: the camera did not start: %s\n",
                 opts->frames_dir.empty() ? "the frame generator failed"
                                          : "--frames must name a folder holding .jpg or .jpeg files");
    return 1;
  }
  host::PosixHttpServer server;
  ports::HttpServerConfig config;
  config.port = opts->port;
  if (!server.start(config, [&device](ports::HttpRequest& req, ports::HttpResponse& res) {
        device.handle(req, res);
      })) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1:%u\n", static_cast<unsigned>(opts->port));
    return 1;
  }
  // Test fixtures and `npm start` read this line to learn the port.
  std::printf("printcam-sim listening on http://127.0.0.1:%u/\n", static_cast<unsigned>(server.port()));
  std::fflush(stdout);

  int sig = 0;
  sigwait(&stop_signals, &sig);
  server.stop();
  return 0;
}
