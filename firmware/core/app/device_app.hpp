#pragma once

#include "core/crypto/password_hash.hpp"
#include "core/http/router.hpp"
#include "core/settings/settings_store.hpp"
#include "ports/http_server.hpp"
#include "ports/kv_store.hpp"

namespace printcam::app {

/// The camera's behaviour, composed from the core services over the platform's ports. Each
/// platform's main() builds the ports, hands them here, and connects handle() to its HTTP server.
class DeviceApp {
 public:
  /// `kv` holds the settings; `random` salts the admin password hash. Both outlive the app.
  DeviceApp(ports::KvStore& kv, crypto::RandomFill random);
  void handle(ports::HttpRequest& req, ports::HttpResponse& res) const { router_.handle(req, res); }
  const http::Router& router() const { return router_; }
  /// Loaded in the constructor; services read it and subscribe to changes.
  settings::SettingsStore& settings() { return settings_; }

 private:
  settings::SettingsStore settings_;
  http::Router router_;
};

}  // namespace printcam::app
