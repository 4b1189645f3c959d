#pragma once
// The Prusa ESP32-CAM firmware's serial syntax, `command[:value];`, so the commands people already
// type keep working: setwifissid:NAME; setwifipass:PASS; wificonnect; setauthtoken:TOKEN;
// getserviceapssid; getwifistaip; getwifistastatus; getwifimode; mcureboot; commandslist;
// The value runs from the first ':' to the final ';' as it is (no quoting), as in that firmware.
// Replies use this console's format, not that firmware's.

#include <optional>
#include <string>
#include <string_view>

namespace printcam::console {

struct PrusaCommand {
  std::string name;   ///< "setwifissid"
  std::string value;  ///< empty without ':'
  bool has_value = false;
};

/// nullopt unless the line is `word[:value];` with a lower-case word and no control byte.
std::optional<PrusaCommand> parse_prusa_line(std::string_view line);

}  // namespace printcam::console
