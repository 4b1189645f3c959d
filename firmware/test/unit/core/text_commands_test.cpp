// The text commands: one machine-readable reply line each.

#include "catch2_compat.hpp"
#include "core/console/line_reader.hpp"
#include "fakes/console_rig.hpp"

using printcam::fakes::ConsoleRig;
using Lines = std::vector<std::string>;

TEST_CASE("Text: get answers a value as JSON, a secret as set or not, an unknown key as an error") {
  ConsoleRig rig;
  rig.send("get system.name\nget upload.token\nget nope.nope\nget\n");
  CHECK(rig.take() == Lines{"ok get \"printcam\"", "ok get {\"set\":false}",
                            "err get unknown_key no setting is called nope.nope",
                            "err get bad_arguments usage: get KEY"});
}

TEST_CASE("Text: set validates through the backend and quotes keep spaces") {
  ConsoleRig rig;
  rig.send("set system.name=\"Desk cam\"\nset system.name=" + std::string(33, 'x') +
           "\nset =x\nset system.name\n");
  CHECK(rig.take() == Lines{"ok set", "err set too_long system.name holds at most 32 bytes",
                            "err set bad_arguments usage: set KEY=VALUE",
                            "err set bad_arguments usage: set KEY=VALUE"});
  CHECK(rig.backend.settings["system.name"] == "Desk cam");
  rig.send("set upload.token=abc=def\nget upload.token\n");
  CHECK(rig.take() == Lines{"ok set", "ok get {\"set\":true}"});
  CHECK(rig.backend.settings["upload.token"] == "abc=def");
}

TEST_CASE("Text: status, scan and ap answer single-line JSON") {
  ConsoleRig rig;
  rig.backend.networks = {{"Home \"5G\"", -40, true}};
  rig.send("status\nscan\nap\nap off\nap maybe\n");
  CHECK(rig.take() == Lines{"ok status {\"uptime_s\":1}",
                            R"(ok scan {"networks":[{"ssid":"Home \"5G\"","rssi":-40,"secure":true}]})",
                            R"(ok ap {"active":true,"ssid":"printcam-a1b2c3","password":"k7m2x9q4r8t3"})",
                            R"(ok ap {"active":false,"ssid":"printcam-a1b2c3","password":"k7m2x9q4r8t3"})",
                            "err ap bad_arguments usage: ap [on|off]"});
}

TEST_CASE("Text: wifi replies when the join ends, and other commands answer meanwhile") {
  ConsoleRig rig;
  rig.send("wifi \"My Home\" \"pass word\"\n");
  CHECK(rig.take().empty());
  CHECK(rig.backend.joined_ssid == "My Home");
  CHECK(rig.backend.joined_password == "pass word");
  rig.send("status\n");
  CHECK(rig.take() == Lines{"ok status {\"uptime_s\":1}"});
  rig.backend.finish_join(true);
  rig.advance(100);
  CHECK(rig.take() == Lines{R"(ok wifi {"ip":"192.168.1.50","url":"http://192.168.1.50/"})"});
}

TEST_CASE("Text: a failed or refused wifi join is an error line") {
  ConsoleRig rig;
  rig.send("wifi Home wrong\n");
  rig.backend.finish_join(false);
  rig.advance(100);
  rig.send("wifi \"\"\nwifi a b c\n");
  CHECK(rig.take() == Lines{"err wifi unable_to_connect wrong password",
                            "err wifi invalid_ssid an SSID is 1 to 32 bytes",
                            "err wifi bad_arguments usage: wifi SSID [PASSWORD]"});
}

TEST_CASE("Text: an open network needs no password") {
  ConsoleRig rig;
  rig.send("wifi Cafe\n");
  CHECK(rig.backend.joined_ssid == "Cafe");
  CHECK(rig.backend.joined_password.empty());
}

TEST_CASE("Text: reboot and factory-reset reply before they act") {
  ConsoleRig rig;
  rig.send("reboot\nfactory-reset\nreboot now\n");
  CHECK(rig.take() ==
        Lines{"ok reboot", "ok factory-reset", "err reboot bad_arguments reboot takes no arguments"});
  CHECK(rig.backend.reboots == 2);  // factory-reset restarts too
  CHECK(rig.backend.factory_resets == 1);
}

TEST_CASE("Text: a factory reset the storage refuses is reported and does not restart") {
  ConsoleRig rig;
  rig.backend.reset_error = printcam::console::ConsoleError{"storage_failed", "could not erase"};
  rig.send("factory-reset\n");
  CHECK(rig.take() == Lines{"err factory-reset storage_failed could not erase"});
  CHECK(rig.backend.reboots == 0);
}

TEST_CASE("Text: help lists every command for people and ends with ok help") {
  ConsoleRig rig;
  rig.send("help\n");
  const auto out = rig.take();
  REQUIRE(out.size() == 11);
  CHECK(out.front() == "# help - this list");
  for (std::size_t i = 0; i + 1 < out.size(); ++i) CHECK(out[i].rfind("# ", 0) == 0);
  CHECK(out.back() == "ok help");
}

TEST_CASE("Text: blank lines are ignored and unknown commands or bad quoting are errors") {
  ConsoleRig rig;
  rig.send("\n\r\n  \t \nfly\nwifi \"open\nwifi trailing\\\n");
  CHECK(rig.take() == Lines{"err ? unknown_command unknown command; type help for the list",
                            "err ? bad_syntax a quote is not closed",
                            "err ? bad_syntax a backslash ends the line; write \\\\ for a backslash"});
}

TEST_CASE("Text: backslash escapes quotes, backslashes and spaces") {
  ConsoleRig rig;
  rig.send(R"(wifi My\ Home "say \"hi\" \\o/")"
           "\n");
  CHECK(rig.backend.joined_ssid == "My Home");
  CHECK(rig.backend.joined_password == R"(say "hi" \o/)");
}

TEST_CASE("Text: an overlong line is refused whole, once, and the next line runs") {
  ConsoleRig rig;
  const std::size_t max = printcam::console::LineReader::kMaxLineLength;
  rig.send("set system.name=" + std::string(max, 'x') + "\nstatus\n");
  CHECK(rig.take() == Lines{"err ? line_too_long a line may hold 512 bytes; nothing was done",
                            "ok status {\"uptime_s\":1}"});
  rig.send(std::string(max, 'y') + "\n");
  CHECK(
      rig.take() ==
      Lines{"err ? unknown_command unknown command; type help for the list"});  // exactly the limit is a line
}

TEST_CASE("Text: the Prusa firmware's commands keep working") {
  ConsoleRig rig;
  rig.send(
      "setwifissid:My Home;\nsetwifipass:pw;x;\nwificonnect;\nsetauthtoken:tok123;\ngetserviceapssid;\n");
  CHECK(rig.backend.joined_ssid == "My Home");
  CHECK(rig.backend.joined_password == "pw;x");
  CHECK(rig.backend.settings["upload.token"] == "tok123");
  CHECK(rig.take() == Lines{"ok setwifissid", "ok setwifipass", "ok setauthtoken",
                            R"(ok ap {"active":true,"ssid":"printcam-a1b2c3","password":"k7m2x9q4r8t3"})"});
  rig.send("resolution:3;\nmcureboot;\nhelp;\n");
  const auto out = rig.take();
  REQUIRE(out.size() == 3);
  CHECK(out[0].rfind("err resolution unsupported ", 0) == 0);
  CHECK(out[1] == "ok mcureboot");
  CHECK(out[2] == "err ? unknown_command unknown command; type help for the list");
}

TEST_CASE("Text: the Prusa firmware's loglevel:0-3 sets system.log_level") {
  ConsoleRig rig;
  rig.send("loglevel:3;\nloglevel:0;\nloglevel:4;\n");
  CHECK(rig.backend.settings["system.log_level"] == "error");
  const auto out = rig.take();
  REQUIRE(out.size() == 3);
  CHECK(out[0] == "ok loglevel");
  CHECK(out[1] == "ok loglevel");
  CHECK(out[2].rfind("err loglevel bad_arguments ", 0) == 0);
}

TEST_CASE("Text: wificonnect without a staged SSID says what to send first") {
  ConsoleRig rig;
  rig.send("wificonnect;\n");
  CHECK(rig.take() ==
        Lines{"err wificonnect bad_arguments send setwifissid:NAME; first, or use: wifi SSID PASSWORD"});
}
