// The Authorization header is the first thing an attacker controls on every protected route.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/auth/authorization_header.hpp"
#include "core/auth/base64.hpp"
#include "core/http/host_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using printcam::auth::Credentials;
  const std::string value(reinterpret_cast<const char*>(data), size);
  const Credentials c = printcam::auth::parse_authorization(value);
  switch (c.scheme) {
    case Credentials::Scheme::kBasic:
      if (c.user.find(':') != std::string::npos) std::abort();  // Split at the first colon.
      break;
    case Credentials::Scheme::kBearer:
      if (c.token.empty() || c.token.find(' ') != std::string::npos) std::abort();
      break;
    default:
      break;
  }
  if (const auto decoded = printcam::auth::base64_decode(value)) {
    if (decoded->size() > value.size()) std::abort();
  }
  // The Host header is attacker-controlled in the same way.
  printcam::http::is_ip_literal(value);
  return 0;
}
