// The simulated camera: the portable core on POSIX adapters, serving on 127.0.0.1.

#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/app/device_app.hpp"
#include "platform/host/posix_http_server.hpp"
#include "platform/host/sim_options.hpp"
#include "platform/host/sim_serial.hpp"

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

  app::DeviceApp device;
  host::PosixHttpServer server;
  ports::HttpServerConfig config;
  config.port = opts->port;
  if (!server.start(config, [&device](ports::HttpRequest& req, ports::HttpResponse& res) {
        device.handle(req, res);
      })) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1:%u\n", static_cast<unsigned>(opts->port));
    return 1;
  }
  std::unique_ptr<host::SimSerial> serial;
  if (opts->serial != host::SimOptions::Serial::None) {
    std::string announce;
    serial = host::SimSerial::start(*opts, server.port(), announce, error);
    if (!serial) {
      std::fprintf(stderr, "cannot open the serial console: %s\n", error.c_str());
      return 1;
    }
    // Before the listening line, so whoever waits for that one has this one too.
    if (!announce.empty()) std::printf("%s\n", announce.c_str());
  }
  // Test fixtures and `npm start` read this line to learn the port.
  std::printf("printcam-sim listening on http://127.0.0.1:%u/\n", static_cast<unsigned>(server.port()));
  std::fflush(stdout);

  int sig = 0;
  sigwait(&stop_signals, &sig);
  serial.reset();
  server.stop();
  return 0;
}
