// The simulated camera: the portable core on POSIX adapters, serving on 127.0.0.1.

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>
#include <vector>

#include "core/app/device_app.hpp"
#include "core/auth/constant_time.hpp"
#include "platform/host/host_system.hpp"
#include "platform/host/posix_http_server.hpp"
#include "platform/host/sim_network.hpp"
#include "platform/host/sim_options.hpp"
#include "platform/host/system_clock.hpp"

namespace {

using namespace printcam;

/// Until the settings service stores a salted hash, the command line's password stands in.
auth::AuthSettings auth_from_options(const host::SimOptions& opts) {
  auth::AuthSettings s;
  const std::string password = opts.admin_password;
  s.has_password = [password] { return !password.empty(); };
  s.check_password = [password](std::string_view candidate) {
    return auth::constant_time_equals(password, candidate);
  };
  s.public_viewing = [] { return false; };
  return s;
}

/// Runs the camera until a stop signal (returns false) or a reboot request (returns true).
bool run_once(const host::SimOptions& opts, std::uint16_t& port, bool first_boot, sigset_t& signals) {
  std::uint8_t mac[6];
  host::mac_from_seed(opts.data_dir, mac);
  host::SystemClock clock;
  // The reboot request arrives on a connection thread; main() waits for the signal in sigwait.
  host::HostSystem system(mac, first_boot ? "power_on" : "software", [] { ::kill(::getpid(), SIGUSR1); });
  host::SimNetwork network(clock, host::SimWifiConfig{opts.wifi_ssid, opts.wifi_password, true});

  app::DeviceConfig config;
  config.auth = auth_from_options(opts);
  config.allowed_origins = [origins = opts.allowed_origins] { return origins; };
  app::DeviceApp device(app::DevicePorts{clock, system, network}, std::move(config));

  host::PosixHttpServer server;
  ports::HttpServerConfig server_config;
  server_config.port = port;
  if (!server.start(server_config, [&device](ports::HttpRequest& req, ports::HttpResponse& res) {
        device.handle(req, res);
      })) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1:%u\n", static_cast<unsigned>(port));
    std::exit(1);
  }
  port = server.port();
  // Test fixtures and `npm start` read this line to learn the port.
  std::printf("printcam-sim listening on http://127.0.0.1:%u/\n", static_cast<unsigned>(port));
  std::fflush(stdout);

  int sig = 0;
  sigwait(&signals, &sig);
  device.shutdown();
  server.stop();
  if (sig != SIGUSR1) return false;
  std::printf("printcam-sim rebooting\n");
  std::fflush(stdout);
  return true;
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
  if (::mkdir(opts->data_dir.c_str(), 0755) != 0 && errno != EEXIST) {
    std::fprintf(stderr, "cannot create data directory %s\n", opts->data_dir.c_str());
    return 1;
  }

  // Every thread started below inherits this mask, so only sigwait() sees these: Ctrl-C and
  // SIGTERM stop the camera, SIGUSR1 (sent by HostSystem::request_reboot) restarts it.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::uint16_t port = opts->port;
  for (bool first = true; run_once(*opts, port, first, signals); first = false) {
  }
  return 0;
}
