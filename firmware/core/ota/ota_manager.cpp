#include "core/ota/ota_manager.hpp"

#include "core/json/json_writer.hpp"
#include "core/ota/slot_info.hpp"

namespace printcam::ota {

const char* ota_state_name(OtaState s) {
  switch (s) {
    case OtaState::kIdle:
      return "idle";
    case OtaState::kReceiving:
      return "receiving";
    case OtaState::kVerifying:
      return "verifying";
    case OtaState::kRebooting:
      return "rebooting";
    case OtaState::kFailed:
      return "failed";
  }
  return "idle";
}

OtaManager::OtaManager(ports::OtaSlots& slots, const ports::Clock& clock, OtaManagerConfig config)
    : slots_(slots), clock_(clock), config_(std::move(config)) {
  pending_verify_ = slots_.state(slots_.running_slot()) == ports::SlotState::kPendingVerify;
  boot_ms_ = clock_.monotonic_ms();
}

OtaManager::~OtaManager() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  stop_cv_.notify_all();
  if (watch_.joinable()) watch_.join();
}

void OtaManager::set_status(OtaStatus next, bool force_notify) {
  std::vector<OtaListener> listeners;
  {
    std::lock_guard<std::mutex> lock(mu_);
    const bool changed = next.state != status_.state;
    const bool step = next.received >= last_notified_bytes_ + kProgressStepBytes ||
                      (next.total != 0 && next.received == next.total);
    status_ = std::move(next);
    if (!(changed || step || force_notify)) return;
    last_notified_bytes_ = status_.received;
    listeners = listeners_;
    next = status_;
  }
  // Outside the lock: a listener may read status_json().
  for (const auto& l : listeners) l(next);
}

OtaOutcome OtaManager::claim(std::string source) {
  {
    // Under the lock, so two requests arriving together cannot both start.
    std::lock_guard<std::mutex> lock(mu_);
    if (status_.state == OtaState::kReceiving || status_.state == OtaState::kVerifying ||
        status_.state == OtaState::kRebooting) {
      return OtaOutcome::failure(
          409, "ota_in_progress",
          "An update is already running (" + status_.source + "). Wait for it to finish.");
    }
    if (pending_verify_) {
      return OtaOutcome::failure(
          409, "health_check_pending",
          "The camera has just been updated and is still checking that the new firmware "
          "works. Try again in a minute.");
    }
    status_ = OtaStatus{};
    status_.state = OtaState::kReceiving;
    status_.source = std::move(source);
    last_notified_bytes_ = 0;
  }
  set_status(status(), true);
  return {};
}

OtaOutcome OtaManager::open(std::size_t file_size, std::optional<crypto::Digest> file_sha256) {
  auto session = std::make_unique<OtaSession>(slots_, config_.identity, file_size, file_sha256);
  if (OtaOutcome o = session->check_size(); !o.ok()) return failed(std::move(o));
  session_ = std::move(session);
  OtaStatus next = status();
  next.total = file_size;
  set_status(std::move(next), true);
  return {};
}

OtaOutcome OtaManager::begin(std::string source, std::size_t file_size,
                             std::optional<crypto::Digest> file_sha256) {
  if (OtaOutcome o = claim(std::move(source)); !o.ok()) return o;
  return open(file_size, file_sha256);
}

OtaOutcome OtaManager::failed(OtaOutcome outcome) {
  if (session_) session_->abort();
  session_.reset();
  OtaStatus next = status();
  next.state = OtaState::kFailed;
  next.error_code = outcome.code;
  next.error_message = outcome.reason;
  set_status(std::move(next), true);
  return outcome;
}

OtaOutcome OtaManager::write(const std::uint8_t* data, std::size_t n) {
  if (!session_) return OtaOutcome::failure(409, "no_update", "No update is running.");
  OtaOutcome o = session_->write(data, n);
  if (!o.ok()) return failed(std::move(o));
  OtaStatus next = status();
  next.received = session_->received();
  if (next.version.empty()) next.version = session_->info().version;
  set_status(std::move(next), false);
  return o;
}

OtaOutcome OtaManager::finish() {
  if (!session_) return OtaOutcome::failure(409, "no_update", "No update is running.");
  OtaStatus next = status();
  next.state = OtaState::kVerifying;
  set_status(next, true);
  OtaOutcome o = session_->finish();
  if (!o.ok()) return failed(std::move(o));
  session_.reset();
  next.state = OtaState::kRebooting;
  set_status(std::move(next), true);
  return o;
}

void OtaManager::fail(std::string code, std::string message) {
  if (status().state == OtaState::kReceiving)
    failed(OtaOutcome::failure(400, std::move(code), std::move(message)));
}

void OtaManager::reboot() {
  if (config_.reboot) config_.reboot();
}

bool OtaManager::active() const {
  std::lock_guard<std::mutex> lock(mu_);
  return status_.state == OtaState::kReceiving || status_.state == OtaState::kVerifying ||
         status_.state == OtaState::kRebooting;
}

OtaStatus OtaManager::status() const {
  std::lock_guard<std::mutex> lock(mu_);
  return status_;
}

void OtaManager::add_listener(OtaListener listener) {
  std::lock_guard<std::mutex> lock(mu_);
  listeners_.push_back(std::move(listener));
}

std::string OtaManager::running_version() const {
  const auto info = read_slot_identity(slots_, slots_.running_slot());
  return info ? info->version : config_.builtin_version;
}

std::string OtaManager::status_json() const {
  const OtaStatus s = status();
  bool pending = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    pending = pending_verify_;
  }
  json::Writer w;
  w.begin_object();
  w.key("state").value(ota_state_name(s.state));
  w.key("source").value(s.source);
  w.key("received").value(static_cast<std::int64_t>(s.received));
  w.key("total").value(static_cast<std::int64_t>(s.total));
  w.key("version").value(s.version);
  w.key("error");
  if (s.state == OtaState::kFailed) {
    w.begin_object().key("code").value(s.error_code).key("message").value(s.error_message).end_object();
  } else {
    w.null();
  }
  const int running = slots_.running_slot();
  w.key("running").begin_object();
  w.key("slot").value(running).key("version").value(running_version());
  w.key("state").value(slot_state_name(slots_.state(running))).end_object();
  w.key("previous");
  if (const auto other = read_slot_identity(slots_, ports::other_slot(running))) {
    w.begin_object().key("slot").value(ports::other_slot(running)).key("version").value(other->version);
    w.end_object();
  } else {
    w.null();
  }
  w.key("pending_verify").value(pending);
  w.end_object();
  return w.take();
}

HealthVerdict OtaManager::check_health() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!pending_verify_) return HealthVerdict::kNothingPending;
  }
  if (config_.healthy && config_.healthy()) {
    if (slots_.mark_running_valid().ok()) {
      std::lock_guard<std::mutex> lock(mu_);
      pending_verify_ = false;
      return HealthVerdict::kConfirmed;
    }
    return HealthVerdict::kWaiting;  // the flash refused: try again at the next poll
  }
  if (clock_.monotonic_ms() - boot_ms_ < kHealthDeadlineMs) return HealthVerdict::kWaiting;
  {
    std::lock_guard<std::mutex> lock(mu_);
    pending_verify_ = false;
  }
  // On the ESP32 rollback() restarts and does not return; the host returns and reboots here.
  slots_.rollback();
  reboot();
  return HealthVerdict::kRolledBack;
}

void OtaManager::start_health_watch() {
  if (watch_.joinable()) return;
  watch_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stopping_) {
      lock.unlock();
      const HealthVerdict v = check_health();
      lock.lock();
      if (v != HealthVerdict::kWaiting) return;
      stop_cv_.wait_for(lock, std::chrono::milliseconds(kHealthPollMs));
    }
  });
}

}  // namespace printcam::ota
