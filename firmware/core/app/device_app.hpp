#pragma once

#include "core/http/router.hpp"
#include "ports/http_server.hpp"

namespace printcam::app {

/// The camera's behaviour, composed from the core services over the platform's ports. Each
/// platform's main() builds the ports, hands them here, and connects handle() to its HTTP server.
class DeviceApp {
 public:
  DeviceApp();
  void handle(ports::HttpRequest& req, ports::HttpResponse& res) const { router_.handle(req, res); }
  const http::Router& router() const { return router_; }

 private:
  http::Router router_;
};

}  // namespace printcam::app
