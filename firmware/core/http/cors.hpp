#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ports/http_server.hpp"

namespace printcam::http {

/// Cross-origin rules: which web pages besides the camera's own may call it (the PWA's origins)
/// and the answers to browsers' preflights, Private Network Access included. An origin not on
/// the list gets no CORS header at all, so the browser keeps the response from its script.
class Cors {
 public:
  /// How long a browser may reuse a preflight answer (Chrome caps it at 2 hours).
  static constexpr int kPreflightMaxAgeS = 600;

  /// `allowed_origins` lists origins such as "https://printcam.app", exactly as browsers send
  /// them in `Origin` (scheme://host[:port], no path). The camera's own origin, "http://" plus
  /// the request's Host, is always allowed.
  explicit Cors(std::function<std::vector<std::string>()> allowed_origins)
      : allowed_origins_(std::move(allowed_origins)) {}

  /// True when the request's Origin may read the answer; false also when it sent none.
  bool origin_allowed(const ports::HttpRequest& req) const;
  /// Adds Access-Control-Allow-Origin and friends to an ordinary answer from an allowed origin.
  void add_headers(const ports::HttpRequest& req, ports::HttpResponse& res) const;
  /// Answers a preflight (OPTIONS with Access-Control-Request-Method) for a path served with
  /// `methods` ("GET, POST"): 204, with the CORS grant only for an allowed origin.
  void answer_preflight(const ports::HttpRequest& req, ports::HttpResponse& res,
                        std::string_view methods) const;

 private:
  std::function<std::vector<std::string>()> allowed_origins_;
};

}  // namespace printcam::http
