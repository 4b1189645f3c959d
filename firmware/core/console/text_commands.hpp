#pragma once
// The console's text commands and their machine-readable replies (firmware/API.md, "Serial
// console"). Every command gets exactly one reply line:
//   ok <command>[ <JSON>]          err <command> <code> <message>
// `<command>` is the command's name, or `?` when the line named none; `wifi` replies when the join
// ends, so other commands may be answered meanwhile. Lines starting "# " are for people (help).

#include <string>
#include <vector>

#include "core/console/console_backend.hpp"
#include "core/console/join_starter.hpp"
#include "core/console/join_tracker.hpp"
#include "core/console/prusa_compat.hpp"
#include "core/console/serial_writer.hpp"

namespace printcam::console {

class TextCommands {
 public:
  TextCommands(ConsoleBackend& backend, SerialWriter& out, JoinStarter& joins)
      : backend_(backend), out_(out), joins_(joins) {}

  /// Runs one line (without its line end). Blank lines are ignored: the Improv SDK ends each
  /// packet with '\n', which arrives here as an empty line.
  void execute(const std::string& line);
  void report_too_long();
  void on_join_outcome(const JoinOutcome& outcome);

 private:
  void run(const std::vector<std::string>& words);
  /// False when `cmd` is not one of the Prusa firmware's commands.
  bool run_prusa(const PrusaCommand& cmd);
  void help();
  void get(const std::vector<std::string>& args);
  void set(const std::vector<std::string>& args);
  void set_one(const std::string& command, const std::string& key, const std::string& value);
  void wifi(const std::vector<std::string>& args);
  void join(const std::string& ssid, const std::string& password);
  void scan();
  void ap(const std::vector<std::string>& args);
  void ok(const std::string& command, const std::string& json = {});
  void err(const std::string& command, const std::string& code, const std::string& message);

  ConsoleBackend& backend_;
  SerialWriter& out_;
  JoinStarter& joins_;
  /// Values of the Prusa style setwifissid/setwifipass, kept until wificonnect uses them.
  std::string staged_ssid_;
  std::string staged_password_;
};

}  // namespace printcam::console
