#include "core/connect/uploader.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/connect/put_request.hpp"
#include "core/net/url.hpp"

namespace printcam::connect {
namespace {

/// Connect tokens: "a randomly generated string with a length of twenty characters… letters and
/// numbers" (connect-api v0.22.0: minLength 20, maxLength 20).
constexpr std::size_t kTokenLength = 20;

void count(UploadStatus& s, const AttemptRecord& a) {
  ++s.attempts;
  if (a.failure == Failure::kNone) {
    ++s.successes;
    s.last_success = a;
  } else {
    ++s.failures;
    ++s.failures_by_kind[static_cast<std::size_t>(a.failure)];
  }
  s.last_attempt = a;
}

}  // namespace

Uploader::Uploader(ports::HttpClient& http, const ports::Clock& clock, UploaderInputs inputs,
                   std::string fingerprint, std::function<std::uint32_t()> random, UploaderOptions options)
    : http_(http),
      clock_(clock),
      inputs_(std::move(inputs)),
      fingerprint_(std::move(fingerprint)),
      random_(std::move(random)),
      options_(options) {
  status_.fingerprint = fingerprint_;
}

std::string Uploader::config_problem(const UploaderConfig& config) {
  if (config.token.empty())
    return "Enter the camera token from Prusa Connect (Cameras → Add new other camera).";
  const bool alnum = std::all_of(config.token.begin(), config.token.end(),
                                 [](unsigned char c) { return std::isalnum(c) != 0 && c < 0x80; });
  if (config.token.size() != kTokenLength || !alnum) {
    return "The token must be the 20 letters and digits shown in Prusa Connect.";
  }
  std::string why;
  if (!net::parse_url(config.url, &why)) return "Prusa Connect URL: " + why;
  return {};
}

TriggerResult Uploader::request_upload() {
  const UploaderConfig config = inputs_.config();
  if (!config.enabled) return {false, "upload_disabled", "Turn on Prusa Connect uploads first."};
  if (auto problem = config_problem(config); !problem.empty()) {
    return {false, "upload_not_configured", std::move(problem)};
  }
  manual_requested_ = true;
  return {true, {}, {}};
}

UploadStatus Uploader::status() const {
  std::lock_guard<std::mutex> lock(mu_);
  return status_;
}

void Uploader::set_state(std::string_view state, std::string problem) {
  std::lock_guard<std::mutex> lock(mu_);
  status_.state = state;
  status_.problem = std::move(problem);
}

std::uint64_t Uploader::step() {
  const std::uint64_t now = clock_.monotonic_ms();
  const UploaderConfig config = inputs_.config();
  const bool network_up = inputs_.network_up();
  if (network_up && !network_was_up_) info_.on_reconnected();
  network_was_up_ = network_up;
  if (std::string target = config.url + "\n" + config.token; target != target_) {
    target_ = std::move(target);
    info_.on_reconnected();
  }
  if (manual_requested_.exchange(false)) schedule_.request_now();
  {
    std::lock_guard<std::mutex> lock(mu_);
    status_.interval_s = Schedule::clamp_interval(config.interval_s);
    status_.url = config.url;
    status_.consecutive_failures = static_cast<std::uint32_t>(schedule_.consecutive_failures());
  }

  const std::uint64_t idle = now + kIdlePollMs;
  if (!config.enabled) {
    set_state("disabled");
    return idle;
  }
  if (auto problem = config_problem(config); !problem.empty()) {
    set_state("not_configured", std::move(problem));
    return idle;
  }
  if (inputs_.ota_active()) {
    set_state("paused_ota");
    return idle;
  }
  if (!network_up) {
    set_state("offline");
    return idle;
  }

  const std::uint64_t due = schedule_.next_due_ms(config.interval_s);
  if (now < due) {
    std::lock_guard<std::mutex> lock(mu_);
    status_.state = "waiting";
    status_.problem.clear();
    status_.next_attempt_ms = due;
    return std::min(due, idle);
  }
  set_state("uploading");
  run_cycle(config);
  const std::uint64_t next = schedule_.next_due_ms(config.interval_s);
  std::lock_guard<std::mutex> lock(mu_);
  status_.state = "waiting";
  status_.next_attempt_ms = next;
  status_.consecutive_failures = static_cast<std::uint32_t>(schedule_.consecutive_failures());
  return std::min(next, clock_.monotonic_ms() + kIdlePollMs);
}

AttemptRecord Uploader::put(std::string_view url, std::string_view content_type, const UploaderConfig& config,
                            const SharedBytes& body) {
  AttemptRecord rec;
  rec.valid = true;
  rec.uptime_ms = clock_.monotonic_ms();
  rec.unix_s = clock_.unix_time();
  PutRequest req{url,
                 content_type,
                 config.token,
                 fingerprint_,
                 body.data,
                 body.size,
                 body.head,
                 body.head_size,
                 options_.connect_timeout_ms,
                 options_.io_timeout_ms};
  const PutResult result = put_to_connect(http_, req);
  rec.failure = result.failure;
  rec.http_status = result.http_status;
  rec.bytes = result.bytes_sent;
  rec.detail = std::string(result.client.detail);
  rec.duration_ms = static_cast<std::uint32_t>(clock_.monotonic_ms() - rec.uptime_ms);
  return rec;
}

void Uploader::run_cycle(const UploaderConfig& config) {
  const auto base = net::parse_url(config.url);  // config_problem() already accepted it
  const DeviceInfo info = inputs_.device_info();
  if (info_.owed(info)) {
    const std::string json = info_json(info);
    SharedBytes body;
    body.data = reinterpret_cast<const std::uint8_t*>(json.data());
    body.size = json.size();
    const AttemptRecord rec = put(net::join_path(*base, "/c/info"), "application/json", config, body);
    info_.on_sent(info, rec.failure == Failure::kNone);
    std::lock_guard<std::mutex> lock(mu_);
    status_.info.last = rec;
    status_.info.pending = info_.owed(info);
    ++(rec.failure == Failure::kNone ? status_.info.sent : status_.info.failures);
  }

  const SharedBytes frame = inputs_.capture();
  // The interval runs from this snapshot's send, not the cycle's start: /c/info and the capture
  // (a flash, a slow sensor) came first, and Connect counts between snapshots.
  const std::uint64_t sent_ms = clock_.monotonic_ms();
  schedule_.on_attempt(sent_ms);
  AttemptRecord rec;
  if (frame.empty()) {
    rec.valid = true;
    rec.uptime_ms = sent_ms;
    rec.unix_s = clock_.unix_time();
    rec.failure = Failure::kNoFrame;
  } else {
    rec = put(net::join_path(*base, "/c/snapshot"), "image/jpg", config, frame);
  }
  const bool ok = rec.failure == Failure::kNone;
  schedule_.on_result(ok, random_());
  if (ok && inputs_.photo_saved) inputs_.photo_saved(frame);
  std::lock_guard<std::mutex> lock(mu_);
  count(status_, rec);
}

}  // namespace printcam::connect
