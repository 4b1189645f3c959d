#pragma once

#include <functional>
#include <string_view>

namespace printcam::auth {

/// What authentication needs from the settings, as functions so the settings service (salted
/// password hash, `security.public_viewing`) plugs in without auth knowing how it stores them.
struct AuthSettings {
  /// True once `security.admin_password` is set; until then everything is open (first run).
  std::function<bool()> has_password;
  /// True when `candidate` is the admin password. Must take the same time for any wrong guess
  /// (compare hashes, or use constant_time_equals).
  std::function<bool(std::string_view candidate)> check_password;
  /// `security.public_viewing`: viewer routes (stream, snapshots) open to everyone.
  std::function<bool()> public_viewing;
};

}  // namespace printcam::auth
