#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/api/device_status.hpp"
#include "core/api/event_stream.hpp"
#include "core/app/device_console_backend.hpp"
#include "core/app/setup_button.hpp"
#include "core/app/upload_log.hpp"
#include "core/auth/admin_access.hpp"
#include "core/auth/auth_settings.hpp"
#include "core/auth/login_limiter.hpp"
#include "core/auth/session_store.hpp"
#include "core/connect/upload_worker.hpp"
#include "core/connect/uploader.hpp"
#include "core/http/cors.hpp"
#include "core/http/host_check.hpp"
#include "core/http/router.hpp"
#include "core/log/log_buffer.hpp"
#include "core/media/media.hpp"
#include "core/network/setup_network.hpp"
#include "core/network/station_link.hpp"
#include "core/peers/peer_service.hpp"
#include "core/settings/settings_store.hpp"
#include "core/storage/photo_archive.hpp"
#include "generated/boards.hpp"
#include "ports/button.hpp"
#include "ports/camera.hpp"
#include "ports/clock.hpp"
#include "ports/http_client.hpp"
#include "ports/http_server.hpp"
#include "ports/kv_store.hpp"
#include "ports/led.hpp"
#include "ports/network.hpp"
#include "ports/storage.hpp"
#include "ports/system.hpp"

namespace printcam::app {

/// The platform's ports, owned by main() and outliving the app.
struct DevicePorts {
  ports::Clock& clock;
  ports::System& system;
  ports::Network& network;
  ports::Camera& camera;
  ports::Led& led;
  ports::Storage& storage;
  /// Holds the settings.
  ports::KvStore& kv;
  /// Reaches Prusa Connect.
  ports::HttpClient& http;
};

/// Overrides, for tests and special builds. Each empty member is read from the settings:
/// `security.*` for auth, `system.name` and `network.hostname` for identity, `security.cors_origins`.
struct DeviceConfig {
  auth::AuthSettings auth;
  api::DeviceIdentity identity;
  std::function<std::vector<std::string>()> allowed_origins;
  /// True while the setup AP's captive portal must see every Host. Default: never.
  std::function<bool()> captive_portal_active;
  /// True while a firmware update runs: uploads pause. Default: never.
  std::function<bool()> ota_active;
  /// The board this firmware was built for, reported in /api/info (the PWA matches releases to
  /// it). Null: not reported.
  const generated::BoardInfo* board = nullptr;
};

/// Adapters only some platforms have; a null member leaves its feature out.
struct NetworkPorts {
  /// The setup access point and its captive portal.
  const network::SetupNetworkPorts* setup = nullptr;
  /// mDNS (or the simulation's stand-in): this camera's advert and its peers at /api/peers.
  ports::Discovery* discovery = nullptr;
  /// The board's setup button: a long press forces the setup AP on. Needs `setup`.
  const ports::Button* setup_button = nullptr;
};

/// The camera's behaviour, composed from the core services over the platform's ports. Each
/// platform's main() builds the ports, hands them here, and connects handle() to its HTTP server.
/// Call shutdown() and stop the HTTP server before destroying it.
class DeviceApp {
 public:
  /// The log's RAM budget: a few hundred recent lines, small beside the ESP32's free heap.
  static constexpr std::size_t kLogCapacityBytes = 16 * 1024;

  explicit DeviceApp(const DevicePorts& ports, DeviceConfig config = {}, const NetworkPorts& network = {});
  void handle(ports::HttpRequest& req, ports::HttpResponse& res) const;
  const http::Router& router() const { return router_; }
  /// For services the platform builds beside the app (OTA): add routes before the server starts.
  http::Router& router() { return router_; }

  log::LogBuffer& logs() { return logs_; }
  settings::SettingsStore& settings() { return settings_; }
  auth::SessionStore& sessions() { return sessions_; }
  /// Where services register their status and info sections and capabilities.
  api::DeviceStatus& status() { return status_; }
  /// Where services publish their SSE events.
  api::EventStream& events() { return events_; }
  media::Media& media() { return media_; }
  /// How the camera started (a missing sensor is reported here; the routes then answer 503).
  ports::CameraResult camera_started() const { return camera_started_; }
  /// Ends long-lived work (event streams, the upload worker) so the HTTP server can stop.
  void shutdown();
  /// Null without an AP.
  network::SetupNetwork* setup_network() { return setup_network_.get(); }
  /// What the platform's serial console runs its commands on; tell it the HTTP port once known.
  DeviceConsoleBackend& console_backend() { return *console_backend_; }
  /// Advertises this camera on `http_port` and starts hearing its peers; call once the HTTP server
  /// listens. False without discovery.
  bool start_discovery(std::uint16_t http_port);

 private:
  void apply_settings(const std::vector<std::string>& changed);
  /// Joins the network in network.wifi_* unless the station already has it (StationLink::follow).
  void follow_saved_network();

  DevicePorts ports_;
  log::LogBuffer logs_;
  settings::SettingsStore settings_;
  auth::SessionStore sessions_;
  auth::LoginLimiter limiter_;
  auth::AdminAccess access_;
  api::DeviceStatus status_;
  network::StationLink station_;
  http::HostCheck host_check_;
  http::Cors cors_;
  http::Router router_;
  api::EventStream events_;
  media::Media media_;
  storage::PhotoArchive photo_archive_;
  ports::CameraResult camera_started_;
  connect::Uploader uploader_;
  connect::RealTimeWaiter upload_waiter_;
  connect::UploadWorker upload_worker_;
  UploadLog upload_log_;
  std::unique_ptr<network::SetupNetwork> setup_network_;
  std::unique_ptr<DeviceConsoleBackend> console_backend_;
  std::unique_ptr<SetupButton> setup_button_;
  peers::PeerService peers_;
};

}  // namespace printcam::app
