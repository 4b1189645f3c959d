// The simulated camera: the portable core on POSIX adapters, serving on 127.0.0.1.

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/app/device_app.hpp"
#include "core/app/ota_binding.hpp"
#include "core/network/ap_credentials.hpp"
#include "platform/host/file_button.hpp"
#include "platform/host/file_kv_store.hpp"
#include "platform/host/folder_discovery.hpp"
#include "platform/host/folder_storage.hpp"
#include "platform/host/host_system.hpp"
#include "platform/host/posix_http_client.hpp"
#include "platform/host/posix_http_server.hpp"
#include "platform/host/posix_udp_socket.hpp"
#include "platform/host/sim_access_point.hpp"
#include "platform/host/sim_camera.hpp"
#include "platform/host/sim_led.hpp"
#include "platform/host/sim_network.hpp"
#include "platform/host/sim_options.hpp"
#include "platform/host/sim_ota.hpp"
#include "platform/host/sim_serial.hpp"
#include "platform/host/system_clock.hpp"

namespace {

using namespace printcam;

/// Runs the camera until a stop signal (returns false) or a reboot request (returns true). A
/// reboot rebuilds every service and port, as a restart of the ESP32 would, in the same process.
/// The serial console (null without one) outlives reboots, as the USB-serial adapter does: each
/// boot attaches its console backend to it, and detaches it before the services go.
bool run_once(const host::SimOptions& opts, std::uint16_t& port, bool first_boot, sigset_t& signals,
              host::SimSerial* serial) {
  std::uint8_t mac[6];
  host::mac_from_seed(opts.data_dir, mac);
  host::SystemClock clock;
  // The reboot request arrives on a connection thread; run_once waits for the signal in sigwait.
  const auto reboot = [] { ::kill(::getpid(), SIGUSR1); };
  // The app slots boot first, as the ESP32 bootloader picks the slot: the running version is theirs.
  // --ap plays a camera that knows no network yet; otherwise it starts joined to the known one.
  host::SimNetwork network(clock, host::SimWifiConfig{opts.wifi_ssid, opts.wifi_password, !opts.setup_ap});
  std::atomic<bool> serving{false};
  host::SimOtaConfig ota_config;
  ota_config.data_dir = opts.data_dir;
  ota_config.board = generated::find_board(opts.board);
  ota_config.builtin_version = PRINTCAM_VERSION;
  ota_config.reboot = reboot;
  ota_config.healthy = [&serving, &network] { return app::reachable(serving.load(), network.state()); };
  host::SimOta ota(ota_config, clock);
  host::HostSystem system(mac, first_boot ? "power_on" : "software", reboot, ota.manager().running_version());
  host::SimCamera camera(opts.fps, opts.frames_dir);
  host::SimLed led;
  // The SD card is "inserted" while its folder exists (remove it to pull the card).
  const std::string sd_root = opts.data_dir + "/sdcard";
  std::error_code ignored;
  std::filesystem::create_directories(sd_root, ignored);
  host::FolderStorage storage(sd_root);
  host::FileKvStore kv(opts.data_dir);
  host::PosixHttpClient http;

  // --ap: a camera with no Wi-Fi configured, so its setup AP stays up until it joins one; every
  // loopback client plays a phone on it. The AP's password is per camera, never a shared default.
  host::SimAccessPoint access_point(network);
  host::PosixUdpSocket dns_socket;
  network::Mac ap_mac{};
  std::copy(mac, mac + 6, ap_mac.begin());
  const crypto::RandomFill random = [&system](std::uint8_t* out, std::size_t n) {
    system.fill_random(out, n);
  };
  network::SetupNetworkPorts setup_ports{access_point,
                                         dns_socket,
                                         opts.dns_port,
                                         network::ap_ssid(ap_mac),
                                         host::random_ap_password(random),
                                         [&network] { return network::wifi_state_of(network.state()); },
                                         [](std::string_view) { return true; }};
  host::FolderDiscovery discovery(opts.peers_dir);
  const host::FileButton button(opts.data_dir + "/button");
  app::NetworkPorts network_ports;
  if (opts.setup_ap) {
    network_ports.setup = &setup_ports;
    network_ports.setup_button = &button;
  }
  if (!opts.peers_dir.empty()) network_ports.discovery = &discovery;

  app::DeviceConfig config;
  config.ota_active = [&ota] { return ota.manager().active(); };
  config.board = ota_config.board;
  app::DeviceApp device(app::DevicePorts{clock, system, network, camera, led, storage, kv, http},
                        std::move(config), network_ports);
  app::serve_ota(device, ota.manager(), ota.downloader());
  if (device.setup_network()) {
    // Tests read this line to learn where to send DNS queries.
    std::printf("printcam-sim DNS on udp://127.0.0.1:%u\n",
                static_cast<unsigned>(device.setup_network()->dns_port()));
    std::fflush(stdout);
  }
  if (!device.camera_started().ok()) {
    std::fprintf(stderr, "printcam-sim: the camera did not start: %s\n",
                 opts.frames_dir.empty() ? "the frame generator failed"
                                         : "--frames must name a folder holding .jpg or .jpeg files");
    std::exit(1);
  }

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
  serving = true;
  ota.manager().start_health_watch();
  if (network_ports.discovery && !device.start_discovery(port)) {
    std::fprintf(stderr, "printcam-sim: cannot advertise in --peers-dir %s\n", opts.peers_dir.c_str());
  }
  device.console_backend().set_http_port(port);
  if (serial) serial->attach(device.console_backend());
  // Test fixtures and `npm start` read this line to learn the port.
  std::printf("printcam-sim listening on http://127.0.0.1:%u/\n", static_cast<unsigned>(port));
  std::fflush(stdout);

  int sig = 0;
  sigwait(&signals, &sig);
  // Says where a stuck stop is stuck: before this line in a request, after it in the shutdown.
  std::printf("printcam-sim stopping services for %s\n", sig == SIGUSR1 ? "a restart" : "exit");
  std::fflush(stdout);
  // First: a console command still running finishes on this boot's services; later ones wait.
  if (serial) serial->detach();
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
  std::error_code fs_error;
  std::filesystem::create_directories(opts->data_dir, fs_error);
  if (fs_error) {
    std::fprintf(stderr, "cannot create data directory %s: %s\n", opts->data_dir.c_str(),
                 fs_error.message().c_str());
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

  std::unique_ptr<host::SimSerial> serial;
  if (opts->serial != host::SimOptions::Serial::None) {
    std::string announce;
    serial = host::SimSerial::start(*opts, announce, error);
    if (!serial) {
      std::fprintf(stderr, "cannot open the serial console: %s\n", error.c_str());
      return 1;
    }
    // Before the listening line, so whoever waits for that one has this one too.
    if (!announce.empty()) std::printf("%s\n", announce.c_str());
  }
  std::uint16_t port = opts->port;
  for (bool first = true; run_once(*opts, port, first, signals, serial.get()); first = false) {
  }
  return 0;
}
