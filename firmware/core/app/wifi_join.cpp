#include "core/app/wifi_join.hpp"

#include "core/app/setting_text.hpp"

namespace printcam::app {
namespace {

constexpr std::string_view kSsidKey = "network.wifi_ssid";
constexpr std::string_view kPasswordKey = "network.wifi_password";

/// The schema's verdict on one credential, without saving it.
std::optional<console::ConsoleError> check(const settings::Schema& schema, std::string_view key,
                                           const std::string& value) {
  if (auto refusal = utf8_refusal(key, value)) return console::ConsoleError{refusal->code, refusal->message};
  const int index = schema.index_of(key);
  if (index < 0) return std::nullopt;
  settings::SettingValue ignored;
  const auto error = settings::validate_value(schema.settings[static_cast<std::size_t>(index)],
                                              json::Value::string(value), ignored);
  if (!error) return std::nullopt;
  return console::ConsoleError{error->code, refusal_message(*error)};
}

}  // namespace

std::optional<console::ConsoleError> WifiJoin::start(const std::string& ssid, const std::string& password) {
  // The setting may be empty (no network); a join needs a name.
  if (ssid.empty())
    return console::ConsoleError{"invalid_ssid", "Name the network: an SSID is 1 to 32 bytes."};
  if (auto error = check(settings_.schema(), kSsidKey, ssid)) return error;
  if (auto error = check(settings_.schema(), kPasswordKey, password)) return error;
  std::lock_guard<std::mutex> lock(mu_);
  pending_ = true;
  ssid_ = ssid;
  password_ = password;
  failure_.clear();
  link_.join(ssid, password);
  return std::nullopt;
}

void WifiJoin::settle(const ports::WifiState& now) {
  switch (now.station) {
    case ports::StationStatus::kConnecting:
    case ports::StationStatus::kDisconnected:  // the station retries on its own: still joining
      return;
    case ports::StationStatus::kConnected:
      // A station still on another network has not taken this connect() yet.
      if (now.ssid != ssid_) return;
      break;
    case ports::StationStatus::kWrongPassword:
      failure_ = "wrong password";
      break;
    case ports::StationStatus::kNoNetwork:
      failure_ = "network not found";
      break;
    case ports::StationStatus::kIdle:
      failure_ = "the join did not start";
      break;
  }
  pending_ = false;
  if (!failure_.empty()) {
    logs_.log(log::Level::kWarn, "wifi: could not join %s: %s", ssid_.c_str(), failure_.c_str());
    return;
  }
  json::Value patch = json::Value::object();
  patch.set(std::string(kSsidKey), json::Value::string(ssid_));
  patch.set(std::string(kPasswordKey), json::Value::string(password_));
  if (settings_.patch(patch).status != settings::PatchResult::Status::kOk) {
    failure_ = "joined, but the settings could not be saved";
    logs_.log(log::Level::kError, "wifi: joined %s but could not save it", ssid_.c_str());
    return;
  }
  logs_.log(log::Level::kInfo, "wifi: joined %s; saved", ssid_.c_str());
}

console::WifiState WifiJoin::state(std::uint16_t http_port) {
  const ports::WifiState now = network_.state();
  std::lock_guard<std::mutex> lock(mu_);
  if (pending_) settle(now);
  if (pending_) return {console::WifiPhase::Joining, "", http_port, ""};
  if (!failure_.empty()) return {console::WifiPhase::Failed, "", http_port, failure_};
  if (now.station == ports::StationStatus::kConnected) {
    return {console::WifiPhase::Connected, now.ip, http_port, ""};
  }
  return {console::WifiPhase::Idle, "", http_port, ""};
}

}  // namespace printcam::app
