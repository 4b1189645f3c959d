#pragma once

#include "core/crypto/password_hash.hpp"
#include "core/http/router.hpp"
#include "core/media/media.hpp"
#include "core/settings/settings_store.hpp"
#include "ports/camera.hpp"
#include "ports/clock.hpp"
#include "ports/http_server.hpp"
#include "ports/kv_store.hpp"
#include "ports/led.hpp"
#include "ports/storage.hpp"

namespace printcam::app {

/// The platform's adapters the core runs on. Each must outlive the DeviceApp built over it.
struct DevicePorts {
  ports::Camera& camera;
  ports::Led& led;
  ports::Storage& storage;
  const ports::Clock& clock;
  /// Holds the settings.
  ports::KvStore& kv;
  /// Salts the admin password hash.
  crypto::RandomFill random;
};

/// The camera's behaviour, composed from the core services over the platform's ports. Each
/// platform's main() builds the ports, hands them here, and connects handle() to its HTTP server.
/// Stop the HTTP server before destroying this.
class DeviceApp {
 public:
  explicit DeviceApp(const DevicePorts& ports);
  void handle(ports::HttpRequest& req, ports::HttpResponse& res) const { router_.handle(req, res); }
  const http::Router& router() const { return router_; }
  /// For services the platform builds beside the app (OTA): add routes before the server starts.
  http::Router& router() { return router_; }
  /// Loaded in the constructor; services read it and subscribe to changes.
  settings::SettingsStore& settings() { return settings_; }
  media::Media& media() { return media_; }
  /// How the camera started (a missing sensor is reported here; the routes then answer 503).
  ports::CameraResult camera_started() const { return camera_started_; }

 private:
  DevicePorts ports_;
  settings::SettingsStore settings_;
  http::Router router_;
  media::Media media_;
  ports::CameraResult camera_started_;
};

}  // namespace printcam::app
