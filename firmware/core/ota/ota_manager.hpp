#pragma once
// The camera's OTA service: one update at a time (from an upload or a download), its progress for
// /api/status and /api/events, and the health confirmation after a switch.
//
// States: idle → receiving → verifying → rebooting, or → failed (with the reason) from receiving
// or verifying; a new update may start from idle or failed. After the reboot into a new slot the
// firmware runs PENDING_VERIFY: the manager marks it valid once `healthy()` holds, and asks the
// platform to roll back and reboot if it does not hold within kHealthDeadlineMs. No update starts
// before that is settled (esp_ota_begin refuses it too: ESP_ERR_OTA_ROLLBACK_INVALID_STATE).
//
// Wiring for other services:
//   uploader:  UploaderInputs::ota_active = [&ota] { return ota.active(); }
//   status:    the "ota" section = ota.status_json()
//   events:    ota.add_listener([&](const OtaStatus&) { events.publish("ota", ota.status_json()); })

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/ota/ota_session.hpp"
#include "ports/clock.hpp"
#include "ports/ota_slots.hpp"

namespace printcam::ota {

enum class OtaState : std::uint8_t { kIdle, kReceiving, kVerifying, kRebooting, kFailed };

/// "idle", "receiving", "verifying", "rebooting", "failed".
const char* ota_state_name(OtaState s);

struct OtaStatus {
  OtaState state = OtaState::kIdle;
  std::string source;  ///< "upload" or "url"; empty when idle.
  std::size_t received = 0;
  std::size_t total = 0;  ///< 0 while unknown.
  std::string version;    ///< The incoming image's, once its identity passed.
  std::string error_code;
  std::string error_message;
};

using OtaListener = std::function<void(const OtaStatus&)>;

struct OtaManagerConfig {
  /// This camera's chip and board (max_size and file_size are filled per update).
  ImageExpectations identity;
  /// The version of the firmware built in (reported when the running slot holds no image
  /// description, i.e. the simulator's never-written slot 0).
  std::string builtin_version;
  /// Restarts the device soon; returns at once so the current answer can finish.
  std::function<void()> reboot;
  /// HTTP serving, and Wi-Fi connected or the setup access point running.
  std::function<bool()> healthy;
};

enum class HealthVerdict : std::uint8_t { kNothingPending, kWaiting, kConfirmed, kRolledBack };

class OtaManager {
 public:
  /// How long a new firmware has to prove itself: a slow Wi-Fi join with DHCP (tens of seconds)
  /// or the fall-back to the setup access point fit well inside; a firmware that hangs does not.
  static constexpr std::uint64_t kHealthDeadlineMs = 120'000;
  /// How often the health watch asks `healthy()`.
  static constexpr std::uint64_t kHealthPollMs = 1'000;
  /// Listeners hear progress at most once per this many bytes (and on every state change):
  /// a smooth progress bar without flooding the event stream.
  static constexpr std::size_t kProgressStepBytes = 32 * 1024;

  OtaManager(ports::OtaSlots& slots, const ports::Clock& clock, OtaManagerConfig config);
  ~OtaManager();
  OtaManager(const OtaManager&) = delete;
  OtaManager& operator=(const OtaManager&) = delete;

  /// Claims the one update (state receiving). 409 while another runs or while the running
  /// firmware awaits its health confirmation.
  OtaOutcome claim(std::string source);
  /// After claim(): opens the update for a file of `file_size` bytes (0: unknown) whose SHA-256,
  /// when given, must match. 413 (and state failed) when it cannot fit the slot.
  OtaOutcome open(std::size_t file_size, std::optional<crypto::Digest> file_sha256 = std::nullopt);
  /// claim() then open().
  OtaOutcome begin(std::string source, std::size_t file_size,
                   std::optional<crypto::Digest> file_sha256 = std::nullopt);
  OtaOutcome write(const std::uint8_t* data, std::size_t n);
  /// Verifies and switches; on success the state is kRebooting and the caller calls reboot()
  /// once its answer is out.
  OtaOutcome finish();
  /// Ends a claimed update as failed (the peer left, the download broke); nothing is installed.
  void fail(std::string code, std::string message);
  void reboot();

  /// True while an update is being received, verified or installed: uploads pause meanwhile.
  bool active() const;
  OtaStatus status() const;
  void add_listener(OtaListener listener);
  /// `{state, source, received, total, version?, error?:{code,message}, running:{slot,version,
  /// state}, previous:{slot,version}|null, pending_verify}`.
  std::string status_json() const;
  /// The running firmware's version (the booted slot's, else the built-in one).
  std::string running_version() const;

  /// One health check of a PENDING_VERIFY firmware: confirms it when healthy, rolls back after
  /// the deadline. The watch thread calls it; tests call it with a manual clock.
  HealthVerdict check_health();
  /// Starts a thread that runs check_health() every kHealthPollMs until settled.
  void start_health_watch();

 private:
  void set_status(OtaStatus next, bool force_notify);
  OtaOutcome failed(OtaOutcome outcome);

  ports::OtaSlots& slots_;
  const ports::Clock& clock_;
  OtaManagerConfig config_;
  std::unique_ptr<OtaSession> session_;
  mutable std::mutex mu_;
  OtaStatus status_;
  std::size_t last_notified_bytes_ = 0;
  std::vector<OtaListener> listeners_;
  bool pending_verify_ = false;
  std::uint64_t boot_ms_ = 0;
  std::thread watch_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;
};

}  // namespace printcam::ota
