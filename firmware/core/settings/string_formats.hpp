#pragma once
// The string formats a setting may require (descriptor.hpp Format). Each check returns nullopt when
// the text is acceptable, else a sentence telling the user what is expected.

#include <optional>
#include <string>
#include <string_view>

#include "core/settings/descriptor.hpp"

namespace printcam::settings {

std::optional<std::string> check_format(Format format, std::string_view text);

bool is_ipv4(std::string_view text);
/// One DNS label (RFC 1123): 1..63 letters, digits and hyphens, not starting or ending with '-'.
bool is_hostname_label(std::string_view text);
/// http(s)://host[:port][/path], host a DNS name or IPv4 address, no spaces or control characters.
bool is_http_url(std::string_view text);
/// scheme://host[:port] with no path: what a browser sends in Origin.
bool is_origin(std::string_view text);
/// POSIX TZ: std offset [dst [offset] [,start[/time],end[/time]]], e.g. "CET-1CEST,M3.5.0,M10.5.0/3";
/// true exactly when tz::parse_posix_tz (core/time/posix_tz.hpp) parses it.
bool is_posix_timezone(std::string_view text);

}  // namespace printcam::settings
