#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace printcam::http {

/// The DNS-rebinding defence. A page on evil.example can point its own name at the camera's
/// address, and the browser then treats the camera as same-origin with the attacker; the one
/// trace left is the Host header, which still says evil.example. So a request is served only
/// when its Host is an IP literal (a rebinding attack needs a name), `localhost`, or the
/// camera's own hostname with or without `.local`.
class HostCheck {
 public:
  struct Config {
    /// The camera's hostname (mDNS name without ".local"), e.g. "printcam-3f2a1c".
    std::function<std::string()> hostname;
    /// While the setup access point's captive portal runs, every name resolves to the camera
    /// (that is how phones find the portal), so the check must let any Host through; the
    /// captive-portal service answers those requests with its redirect. Null: never active.
    std::function<bool()> captive_portal_active;
  };

  explicit HostCheck(Config config) : config_(std::move(config)) {}

  /// True when a request with this Host header may be served. A missing Host (HTTP/1.0 tools)
  /// is allowed: browsers, the only clients a rebinding attack can drive, always send one.
  bool allowed(std::optional<std::string_view> host) const;

 private:
  Config config_;
};

/// True for a dotted-quad IPv4 literal ("192.168.1.20") or a bracketed IPv6 one ("[fe80::1]").
bool is_ip_literal(std::string_view host);

/// The host of a Host header: without the port and a fully qualified name's trailing dot.
std::string_view host_of(std::string_view header);

/// True when `host` can only mean this camera: an IP literal (it reached us, and lwIP does not
/// forward), `localhost`, or `own` (the camera's hostname) with or without `.local`.
bool names_this_camera(std::string_view host, std::string_view own);

}  // namespace printcam::http
