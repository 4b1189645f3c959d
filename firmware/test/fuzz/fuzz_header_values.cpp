// Header values every request may carry before any credentials are checked: Host (the DNS-rebinding
// check) and If-None-Match (the UI's 304). Any bytes: no crash, and a match is a real match.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/http/host_check.hpp"
#include "core/web/static_asset.hpp"

namespace {

constexpr std::string_view kEtag = "\"504c94c413a48e37e66c\"";
constexpr std::string_view kHostname = "printcam-1d242e";

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view value(reinterpret_cast<const char*>(data), size);

  // A hit needs the ETag itself in the list, or the wildcard.
  if (printcam::web::if_none_match_hits(value, kEtag) && value.find(kEtag) == std::string_view::npos &&
      value.find('*') == std::string_view::npos) {
    std::abort();
  }

  // The host is the header minus a port and a trailing dot: never longer, always its start.
  const std::string_view host = printcam::http::host_of(value);
  if (host.size() > value.size() || value.substr(0, host.size()) != host) std::abort();
  // A name that is not an address passes only as localhost or the camera's own name.
  if (printcam::http::names_this_camera(host, kHostname) && !printcam::http::is_ip_literal(host)) {
    const std::string name = lower(host);
    if (name != "localhost" && name != kHostname && name != std::string(kHostname) + ".local") std::abort();
  }
  return 0;
}
