#pragma once

#include "core/http/access.hpp"
#include "ports/http_server.hpp"

namespace printcam::http {

/// Decides, for every request the router matched, whether it may reach its route. The router
/// asks it before any handler runs, so no handler checks credentials itself and no route can
/// forget to (test/unit/core/route_access_test.cpp walks the whole table to prove it).
class AccessPolicy {
 public:
  virtual ~AccessPolicy() = default;
  /// True to let the request through. False after answering `res` itself (401, 429).
  virtual bool admit(Access access, ports::HttpRequest& req, ports::HttpResponse& res) const = 0;
};

/// Lets everything through: for router tests and tools that serve no device.
class OpenAccess final : public AccessPolicy {
 public:
  bool admit(Access, ports::HttpRequest&, ports::HttpResponse&) const override { return true; }
};

}  // namespace printcam::http
