#pragma once

#include <string_view>

namespace printcam::http {

/// Standard reason phrase for a status code ("OK", "Not Found"); every platform's status line.
std::string_view reason_phrase(int status);

}  // namespace printcam::http
