#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace printcam::codec {

/// Standard base64 (RFC 4648 §4, '+' and '/', '=' padding), as Arduino's base64::encode writes it.
std::string base64_encode(std::string_view bytes);

}  // namespace printcam::codec
