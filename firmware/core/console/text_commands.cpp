#include "core/console/text_commands.hpp"

#include "core/console/line_reader.hpp"
#include "core/console/words.hpp"
#include "core/json/json_escape.hpp"

namespace printcam::console {
namespace {

struct HelpLine {
  const char* usage;
  const char* what;
};

constexpr HelpLine kHelp[] = {
    {"help", "this list"},
    {"get KEY", "a setting's value as JSON (secrets read {\"set\":true|false})"},
    {"set KEY=VALUE", "validate and save one setting"},
    {"status", "the camera's status as JSON"},
    {"wifi SSID [PASSWORD]", "join a network and save it; replies when joined or failed"},
    {"scan", "Wi-Fi networks in range"},
    {"ap [on|off]", "the setup access point's SSID, password and state; on forces it up, off ends that"},
    {"reboot", "restart the camera"},
    {"factory-reset", "erase every setting and restart"},
};

std::string ap_json(const ApInfo& ap) {
  std::string j = "{\"active\":";
  j += ap.active ? "true" : "false";
  j += ",\"ssid\":";
  json::append_string(j, ap.ssid);
  j += ",\"password\":";
  json::append_string(j, ap.password);
  return j + "}";
}

}  // namespace

void TextCommands::ok(const std::string& command, const std::string& json) {
  out_.write_line(json.empty() ? "ok " + command : "ok " + command + " " + json);
}

void TextCommands::err(const std::string& command, const std::string& code, const std::string& message) {
  out_.write_line("err " + command + " " + code + " " + message);
}

void TextCommands::report_too_long() {
  err("?", "line_too_long",
      "a line may hold " + std::to_string(LineReader::kMaxLineLength) + " bytes; nothing was done");
}

void TextCommands::execute(const std::string& line) {
  if (const auto prusa = parse_prusa_line(line); prusa && run_prusa(*prusa)) return;
  const Words parsed = split_words(line);
  if (!parsed.error.empty()) return err("?", "bad_syntax", parsed.error);
  if (parsed.words.empty()) return;
  run(parsed.words);
}

void TextCommands::run(const std::vector<std::string>& words) {
  const std::string& name = words[0];
  const std::vector<std::string> args(words.begin() + 1, words.end());
  const auto no_args = [&] {
    if (!args.empty()) err(name, "bad_arguments", name + " takes no arguments");
    return args.empty();
  };
  if (name == "help") {
    if (no_args()) help();
  } else if (name == "get") {
    get(args);
  } else if (name == "set") {
    set(args);
  } else if (name == "status") {
    if (no_args()) ok(name, backend_.status_json());
  } else if (name == "wifi") {
    wifi(args);
  } else if (name == "scan") {
    if (no_args()) scan();
  } else if (name == "ap") {
    ap(args);
  } else if (name == "reboot") {
    if (!no_args()) return;
    ok(name);
    backend_.reboot();
  } else if (name == "factory-reset") {
    if (!no_args()) return;
    if (const auto error = backend_.factory_reset()) return err(name, error->code, error->message);
    ok(name);
    backend_.reboot();
  } else {
    err("?", "unknown_command", "unknown command; type help for the list");
  }
}

void TextCommands::help() {
  for (const HelpLine& h : kHelp) out_.write_line(std::string("# ") + h.usage + " - " + h.what);
  out_.write_line("# quote words with spaces: wifi \"My Home\" \"pass word\"; \\ escapes one byte");
  ok("help");
}

void TextCommands::get(const std::vector<std::string>& args) {
  if (args.size() != 1) return err("get", "bad_arguments", "usage: get KEY");
  const auto value = backend_.get_setting_json(args[0]);
  if (!value) return err("get", "unknown_key", "no setting is called " + args[0]);
  ok("get", *value);
}

void TextCommands::set(const std::vector<std::string>& args) {
  const std::size_t eq = args.size() == 1 ? args[0].find('=') : std::string::npos;
  if (eq == std::string::npos || eq == 0) return err("set", "bad_arguments", "usage: set KEY=VALUE");
  set_one("set", args[0].substr(0, eq), args[0].substr(eq + 1));
}

void TextCommands::set_one(const std::string& command, const std::string& key, const std::string& value) {
  if (const auto error = backend_.set_setting(key, value)) return err(command, error->code, error->message);
  ok(command);
}

void TextCommands::wifi(const std::vector<std::string>& args) {
  if (args.empty() || args.size() > 2) return err("wifi", "bad_arguments", "usage: wifi SSID [PASSWORD]");
  join(args[0], args.size() == 2 ? args[1] : std::string());
}

void TextCommands::join(const std::string& ssid, const std::string& password) {
  if (const auto error = joins_.start_join(JoinOwner::Text, ssid, password)) {
    err("wifi", error->code, error->message);
  }
}

void TextCommands::on_join_outcome(const JoinOutcome& outcome) {
  if (!outcome.connected) return err("wifi", "unable_to_connect", outcome.message);
  std::string j = "{\"ip\":";
  json::append_string(j, outcome.ip);
  j += ",\"url\":";
  json::append_string(j, camera_url(outcome.ip, outcome.port));
  ok("wifi", j + "}");
}

void TextCommands::scan() {
  std::string j = "{\"networks\":[";
  bool first = true;
  for (const WifiNetwork& n : backend_.wifi_scan()) {
    j += first ? "{\"ssid\":" : ",{\"ssid\":";
    first = false;
    json::append_string(j, n.ssid);
    j += ",\"rssi\":" + std::to_string(n.rssi) + ",\"secure\":" + (n.secure ? "true" : "false") + "}";
  }
  ok("scan", j + "]}");
}

void TextCommands::ap(const std::vector<std::string>& args) {
  if (args.size() > 1 || (args.size() == 1 && args[0] != "on" && args[0] != "off")) {
    return err("ap", "bad_arguments", "usage: ap [on|off]");
  }
  if (args.size() == 1) {
    if (const auto error = backend_.set_ap(args[0] == "on")) return err("ap", error->code, error->message);
  }
  ok("ap", ap_json(backend_.ap_info()));
}

}  // namespace printcam::console
