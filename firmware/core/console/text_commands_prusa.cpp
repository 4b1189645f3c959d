// The Prusa ESP32-CAM firmware's commands (prusa_compat.hpp), mapped onto this console's.

#include "core/console/text_commands.hpp"

namespace printcam::console {
namespace {

/// That firmware's commands for things this one sets by name (`set camera.frame_size=...`):
/// refused with a pointer rather than guessed, since their values are its driver indices.
constexpr const char* kPrusaUnsupported[] = {"otaupdate", "resolution", "photoquality", "setflash",
                                             "setlight"};
/// `loglevel:N;` levels 0–3 in that firmware's order (its "verbose" is debug here).
constexpr const char* kPrusaLogLevels[] = {"error", "warn", "info", "debug"};

}  // namespace

bool TextCommands::run_prusa(const PrusaCommand& cmd) {
  const std::string& name = cmd.name;
  if (name == "setwifissid" || name == "setwifipass") {
    (name == "setwifissid" ? staged_ssid_ : staged_password_) = cmd.value;
    ok(name);
  } else if (name == "wificonnect") {
    if (staged_ssid_.empty()) {
      err(name, "bad_arguments", "send setwifissid:NAME; first, or use: wifi SSID PASSWORD");
    } else {
      join(staged_ssid_, staged_password_);
    }
  } else if (name == "setauthtoken") {
    set_one(name, "upload.token", cmd.value);
  } else if (name == "loglevel") {
    if (cmd.value.size() == 1 && cmd.value[0] >= '0' && cmd.value[0] <= '3') {
      set_one(name, "system.log_level", kPrusaLogLevels[cmd.value[0] - '0']);
    } else {
      err(name, "bad_arguments", "loglevel takes 0 (errors), 1 (warnings), 2 (information) or 3 (debugging)");
    }
  } else if (name == "getserviceapssid") {
    ap({});
  } else if (name == "getwifistaip" || name == "getwifistastatus" || name == "getwifimode") {
    ok(name, backend_.status_json());
  } else if (name == "mcureboot") {
    ok(name);
    backend_.reboot();
  } else if (name == "commandslist") {
    help();
  } else {
    for (const char* unsupported : kPrusaUnsupported) {
      if (name == unsupported) {
        err(name, "unsupported", "this firmware names its settings: see help, get and set KEY=VALUE");
        return true;
      }
    }
    return false;
  }
  return true;
}

}  // namespace printcam::console
