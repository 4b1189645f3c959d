#pragma once
// The Prusa firmware's "Save images to micro SD" (`storage.save_photos`): each photo saved for
// Prusa Connect is also written to the SD card, named by when it was taken (photo_names.hpp).
// Writing runs on the archive's own thread, so a slow or failing card never delays the uploader;
// the thread starts at boot only when a card is in (its stack is RAM the ESP32 is short of), else
// with the first photo offered while the setting is on.
//
// A failed write is counted, logged once per kind of failure (not every interval for hours) and
// reported in /api/status. A full card is never cleaned up behind the user's back: photos stop
// until space is freed or the card is changed.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/log/log_buffer.hpp"
#include "core/media/photo_store.hpp"
#include "ports/clock.hpp"
#include "ports/storage.hpp"

namespace printcam::storage {

/// Free space a photo must leave on the card: FAT rounds each file up to whole clusters (up to
/// 64 KiB), a new day's folder takes a cluster, and the temporary file a write goes through needs
/// room beside the finished ones.
inline constexpr std::uint64_t kHeadroomBytes = 256 * 1024;

struct ArchiveStatus {
  bool present = false;
  /// As measured after the last write (or at start); nullopt when absent or not yet measured.
  std::optional<std::uint64_t> free_bytes;
  bool enabled = false;
  std::uint64_t saved = 0;
  std::uint64_t failed = 0;
  /// Photos replaced by a newer one before the card took them.
  std::uint64_t skipped = 0;
  /// The last write's failure; kNone after a success.
  ports::StorageError last_error = ports::StorageError::kNone;
  std::string last_file;  ///< The last photo written, empty before the first.
};

/// "absent", "full", "bad_path", "io", "not_found"; nullptr for kNone.
const char* storage_error_name(ports::StorageError error);

class PhotoArchive {
 public:
  /// `enabled` reads `storage.save_photos`; `boot_id` is random per boot (unsynced names).
  PhotoArchive(ports::Storage& storage, const ports::Clock& clock, log::LogBuffer& logs,
               std::function<bool()> enabled, std::uint32_t boot_id);
  ~PhotoArchive() { stop(); }
  PhotoArchive(const PhotoArchive&) = delete;
  PhotoArchive& operator=(const PhotoArchive&) = delete;

  /// Starts the thread if a card is in.
  void start();
  /// Queues `photo` for the card and returns at once; nothing when the setting is off. A photo
  /// still queued is replaced (counted as skipped): the newest is the one worth keeping.
  void offer(std::shared_ptr<const media::Photo> photo);
  /// Writes `photo` on the calling thread (what the thread runs); `uptime_ms` names it when the
  /// clock was not set.
  void write(const media::Photo& photo, std::uint64_t uptime_ms);
  /// Blocks until every offered photo has been written or has failed.
  void wait_idle();
  /// Finishes the photo being written, drops a queued one and joins the thread.
  void stop();

  ArchiveStatus status() const;
  /// `{"present":…,"free_bytes":…|null,"enabled":…,"saved":…,"failed":…,"skipped":…,
  /// "last_error":"full"|…|null,"last_file":"photos/…"|null}` for /api/status.
  std::string status_json() const;

 private:
  struct Queued {
    std::shared_ptr<const media::Photo> photo;
    std::uint64_t uptime_ms = 0;
  };

  void loop();
  void start_locked();
  ports::StorageResult put(const media::Photo& photo, const std::string& path);
  std::string name_for(const media::Photo& photo, std::uint64_t uptime_ms);
  void note(ports::StorageResult result, const std::string& path);

  ports::Storage& storage_;
  const ports::Clock& clock_;
  log::LogBuffer& logs_;
  const std::function<bool()> enabled_;
  const std::uint32_t boot_id_;

  mutable std::mutex mu_;
  std::condition_variable work_cv_;  ///< A photo was queued, or stop().
  std::condition_variable idle_cv_;  ///< The thread finished a photo.
  std::optional<Queued> queued_;
  bool writing_ = false;
  bool stopping_ = false;
  std::optional<std::uint64_t> free_bytes_;
  std::uint64_t saved_ = 0;
  std::uint64_t failed_ = 0;
  std::uint64_t skipped_ = 0;
  ports::StorageResult last_result_;
  bool ever_saved_ = false;
  std::string last_file_;
  /// The name the last photo was given, to number a second one in the same second.
  std::string last_name_;
  unsigned repeat_ = 1;
  std::thread thread_;  ///< Last: it runs over every member above.
};

}  // namespace printcam::storage
