// The simulated camera: the portable core on POSIX adapters, serving on 127.0.0.1.

#include <signal.h>
#include <sys/stat.h>

#include <cstdio>
#include <string>
#include <vector>

#include "core/app/device_app.hpp"
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
  if (::mkdir(opts->data_dir.c_str(), 0755) != 0 && errno != EEXIST) {
    std::fprintf(stderr, "cannot create data directory %s\n", opts->data_dir.c_str());
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
  ::mkdir(sd_root.c_str(), 0755);
  host::SimCamera camera(opts->fps, opts->frames_dir);
  host::SimLed led;
  host::FolderStorage storage(sd_root);
  host::SystemClock clock;
  app::DeviceApp device(app::DevicePorts{camera, led, storage, clock});
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
