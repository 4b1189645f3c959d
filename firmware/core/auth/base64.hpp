#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace printcam::auth {

/// Decodes standard base64 (RFC 4648 §4, the alphabet HTTP Basic uses). Padding is optional;
/// whitespace, the URL-safe alphabet and bits left over after the last byte are refused.
std::optional<std::string> base64_decode(std::string_view in);

}  // namespace printcam::auth
