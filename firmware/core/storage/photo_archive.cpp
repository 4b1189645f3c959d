#include "core/storage/photo_archive.hpp"

#include <utility>

#include "core/json/json_escape.hpp"
#include "core/storage/photo_names.hpp"

namespace printcam::storage {

using ports::StorageError;

const char* storage_error_name(StorageError error) {
  switch (error) {
    case StorageError::kNone:
      return nullptr;
    case StorageError::kAbsent:
      return "absent";
    case StorageError::kNotFound:
      return "not_found";
    case StorageError::kFull:
      return "full";
    case StorageError::kBadPath:
      return "bad_path";
    case StorageError::kIo:
      break;
  }
  return "io";
}

PhotoArchive::PhotoArchive(ports::Storage& storage, const ports::Clock& clock, log::LogBuffer& logs,
                           std::function<bool()> enabled, std::uint32_t boot_id)
    : storage_(storage), clock_(clock), logs_(logs), enabled_(std::move(enabled)), boot_id_(boot_id) {}

void PhotoArchive::start() {
  std::lock_guard<std::mutex> lock(mu_);
  if (storage_.present()) start_locked();
}

void PhotoArchive::start_locked() {
  if (thread_.joinable() || stopping_) return;
  thread_ = std::thread([this] { loop(); });
}

void PhotoArchive::offer(std::shared_ptr<const media::Photo> photo) {
  if (!photo || !enabled_()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_) return;
    if (queued_) ++skipped_;
    queued_ = Queued{std::move(photo), clock_.monotonic_ms()};
    start_locked();
  }
  work_cv_.notify_one();
}

void PhotoArchive::loop() {
  // Measured once first, so /api/status shows the card's space before the first photo.
  const std::optional<std::uint64_t> free = storage_.free_bytes();
  std::unique_lock<std::mutex> lock(mu_);
  free_bytes_ = free;
  for (;;) {
    work_cv_.wait(lock, [this] { return stopping_ || queued_.has_value(); });
    if (stopping_) return;
    Queued next = std::move(*queued_);
    queued_.reset();
    writing_ = true;
    lock.unlock();
    write(*next.photo, next.uptime_ms);
    next.photo.reset();
    lock.lock();
    writing_ = false;
    idle_cv_.notify_all();
  }
}

void PhotoArchive::wait_idle() {
  std::unique_lock<std::mutex> lock(mu_);
  idle_cv_.wait(lock, [this] { return stopping_ || (!queued_ && !writing_); });
}

void PhotoArchive::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    queued_.reset();
  }
  work_cv_.notify_all();
  idle_cv_.notify_all();
  // No thread starts once stopping_ is set, so thread_ is no longer written.
  if (thread_.joinable()) thread_.join();
}

void PhotoArchive::write(const media::Photo& photo, std::uint64_t uptime_ms) {
  const std::string path = name_for(photo, uptime_ms);
  note(put(photo, path), path);
}

std::string PhotoArchive::name_for(const media::Photo& photo, std::uint64_t uptime_ms) {
  const std::string base =
      photo.unix_time > 0 ? photo_path_at(photo.unix_time) : unsynced_photo_path(boot_id_, uptime_ms);
  std::lock_guard<std::mutex> lock(mu_);
  if (base == last_name_) return numbered_path(base, ++repeat_);
  last_name_ = base;
  repeat_ = 1;
  return base;
}

ports::StorageResult PhotoArchive::put(const media::Photo& photo, const std::string& path) {
  // A card put back after it was pulled (or failed) is found only by looking; photos come at
  // most every 10 s, so looking before each one costs little.
  StorageError previous = StorageError::kNone;
  {
    std::lock_guard<std::mutex> lock(mu_);
    previous = last_result_.error;
  }
  if (!storage_.present() || previous == StorageError::kAbsent || previous == StorageError::kIo) {
    storage_.recheck();
  }
  if (!storage_.present()) return {StorageError::kAbsent};
  const std::optional<std::uint64_t> before = storage_.free_bytes();
  if (before && *before < photo.jpeg.size() + kHeadroomBytes) {
    std::lock_guard<std::mutex> lock(mu_);
    free_bytes_ = before;
    return {StorageError::kFull};
  }
  const ports::StorageResult result = storage_.write(path, photo.jpeg.data(), photo.jpeg.size());
  const std::optional<std::uint64_t> after = storage_.free_bytes();
  std::lock_guard<std::mutex> lock(mu_);
  free_bytes_ = after;
  return result;
}

void PhotoArchive::note(ports::StorageResult result, const std::string& path) {
  enum class Say { kNothing, kFirst, kRecovered, kFailed };
  Say say = Say::kNothing;
  {
    std::lock_guard<std::mutex> lock(mu_);
    const StorageError previous = last_result_.error;
    last_result_ = result;
    if (result.ok()) {
      ++saved_;
      last_file_ = path;
      if (previous != StorageError::kNone)
        say = Say::kRecovered;
      else if (!ever_saved_)
        say = Say::kFirst;
      ever_saved_ = true;
    } else {
      ++failed_;
      if (result.error != previous) say = Say::kFailed;
    }
  }
  switch (say) {
    case Say::kNothing:
      return;
    case Say::kFirst:
      logs_.log(log::Level::kInfo, "sd card: saving photos, the first as %s", path.c_str());
      return;
    case Say::kRecovered:
      logs_.log(log::Level::kInfo, "sd card: saving photos again, as %s", path.c_str());
      return;
    case Say::kFailed:
      break;
  }
  switch (result.error) {
    case StorageError::kAbsent:
      logs_.log(log::Level::kWarn,
                "sd card: photo not saved: no card (insert one, or turn off saving photos)");
      return;
    case StorageError::kFull:
      logs_.log(log::Level::kWarn,
                "sd card: photo not saved: the card is full; free space on it to go on "
                "(old photos are never deleted)");
      return;
    default:
      logs_.log(log::Level::kWarn, "sd card: photo %s not saved (%s, code %d)", path.c_str(),
                storage_error_name(result.error), result.platform_code);
      return;
  }
}

ArchiveStatus PhotoArchive::status() const {
  ArchiveStatus s;
  s.present = storage_.present();
  s.enabled = enabled_();
  std::lock_guard<std::mutex> lock(mu_);
  if (s.present) s.free_bytes = free_bytes_;
  s.saved = saved_;
  s.failed = failed_;
  s.skipped = skipped_;
  s.last_error = last_result_.error;
  s.last_file = last_file_;
  return s;
}

std::string PhotoArchive::status_json() const {
  const ArchiveStatus s = status();
  std::string out = "{\"present\":";
  out += s.present ? "true" : "false";
  out += ",\"free_bytes\":";
  out += s.free_bytes ? std::to_string(*s.free_bytes) : "null";
  out += ",\"enabled\":";
  out += s.enabled ? "true" : "false";
  out += ",\"saved\":" + std::to_string(s.saved);
  out += ",\"failed\":" + std::to_string(s.failed);
  out += ",\"skipped\":" + std::to_string(s.skipped);
  out += ",\"last_error\":";
  if (const char* name = storage_error_name(s.last_error)) {
    json::append_string(out, name);
  } else {
    out += "null";
  }
  out += ",\"last_file\":";
  if (s.last_file.empty()) {
    out += "null";
  } else {
    json::append_string(out, s.last_file);
  }
  out += '}';
  return out;
}

}  // namespace printcam::storage
