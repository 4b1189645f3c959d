#pragma once

#include <string>
#include <string_view>

namespace printcam::json {

/// Appends `s` to `out` as a quoted JSON string. Control bytes become \u00XX; other bytes pass
/// through, so UTF-8 text stays as it is.
void append_string(std::string& out, std::string_view s);

}  // namespace printcam::json
