#pragma once
// The Prusa Connect uploader: on the schedule (schedule.hpp) it sends /c/info when owed
// (info_sync.hpp), then the latest picture to /c/snapshot, and keeps the status. Single-threaded:
// step() runs on the upload worker; status() and request_upload() may be called from any thread.

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

#include "core/connect/info_sync.hpp"
#include "core/connect/schedule.hpp"
#include "core/connect/upload_status.hpp"
#include "core/connect/uploader_inputs.hpp"
#include "ports/clock.hpp"
#include "ports/http_client.hpp"

namespace printcam::connect {

/// How often step() looks again at settings, OTA and the network while nothing is due, like the
/// Prusa firmware's 1 s task: "upload now" and setting changes take effect within this.
constexpr std::uint64_t kIdlePollMs = 1'000;

struct UploaderOptions {
  std::uint32_t connect_timeout_ms = 10'000;
  /// A hung Connect costs at most this per stalled write or read; the schedule then moves on.
  std::uint32_t io_timeout_ms = 15'000;
};

struct TriggerResult {
  bool accepted = false;
  std::string_view code;  ///< When refused: "upload_disabled" or "upload_not_configured".
  std::string message;    ///< When refused: what to set.
};

class Uploader {
 public:
  /// `random` feeds the backoff jitter (esp_random on the ESP32).
  Uploader(ports::HttpClient& http, const ports::Clock& clock, UploaderInputs inputs, std::string fingerprint,
           std::function<std::uint32_t()> random, UploaderOptions options = {});

  /// Does what is due now (at most one cycle) and returns the monotonic ms to call again at.
  std::uint64_t step();
  /// "Upload now": the next step uploads as soon as the 10 s floor allows.
  TriggerResult request_upload();
  UploadStatus status() const;

  /// Why `config` cannot upload, for people; empty when it can.
  static std::string config_problem(const UploaderConfig& config);

 private:
  void run_cycle(const UploaderConfig& config);
  AttemptRecord put(std::string_view url, std::string_view content_type, const UploaderConfig& config,
                    const SharedBytes& body);
  void set_state(std::string_view state, std::string problem = {});

  ports::HttpClient& http_;
  const ports::Clock& clock_;
  UploaderInputs inputs_;
  const std::string fingerprint_;
  std::function<std::uint32_t()> random_;
  UploaderOptions options_;
  Schedule schedule_;
  InfoSync info_;
  bool network_was_up_ = false;
  std::string target_;  ///< url + token last seen: a change makes /c/info owed again.
  std::atomic<bool> manual_requested_{false};
  mutable std::mutex mu_;
  UploadStatus status_;  ///< Guarded by mu_.
};

}  // namespace printcam::connect
