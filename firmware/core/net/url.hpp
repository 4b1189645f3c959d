#pragma once
// Absolute http(s) URLs as the camera's settings hold them (the Prusa Connect base URL, an OTA
// image URL). Deliberately narrow: no user info, no fragments, host names as plain ASCII. A URL the
// parser refuses gets a sentence saying why, shown next to the setting.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace printcam::net {

struct Url {
  std::string scheme;      ///< "http" or "https", lower case.
  std::string host;        ///< Lower case; an IPv6 literal without its brackets.
  std::uint16_t port = 0;  ///< The explicit port, else the scheme's default (80, 443).
  bool explicit_port = false;
  std::string path;  ///< Starts with '/'; includes the query. "/" when the URL had none.

  /// "host" or "host:port" (brackets around IPv6), as the Host header wants it.
  std::string authority() const;
};

/// The longest URL accepted: generous for a Connect host or an OTA link, small enough for NVS.
constexpr std::size_t kMaxUrlLength = 512;

/// Parses `text`; on failure returns nullopt and, when `error` is given, a sentence for people.
std::optional<Url> parse_url(std::string_view text, std::string* error = nullptr);

/// `base` with `path` appended to its path: "https://connect.prusa3d.com/" + "/c/snapshot" gives
/// "https://connect.prusa3d.com/c/snapshot". A query on `base` is refused by the caller's rules, so
/// this only joins paths; it keeps exactly one '/' between them.
std::string join_path(const Url& base, std::string_view path);

}  // namespace printcam::net
