#pragma once
// Where on the SD card each saved photo goes. Photos are grouped by UTC day so no folder grows
// past what FAT lists quickly (one a day at a 10 s interval is 8,640 files):
// `photos/2026-11-22/12-03-05.jpg`. Before the clock is set (no SNTP yet) a wall-clock name would
// repeat after every reboot, so those photos are named by a per-boot id and the uptime instead:
// `photos/unsynced/boot-1a2b3c4d-61234.jpg`.

#include <cstdint>
#include <string>

namespace printcam::storage {

/// The folder every saved photo goes under.
inline constexpr const char* kPhotosFolder = "photos";

/// `photos/YYYY-MM-DD/HH-MM-SS.jpg` for `unix_time` (seconds, UTC, after 1970).
std::string photo_path_at(std::int64_t unix_time);

/// `photos/unsynced/boot-<boot_id as 8 hex digits>-<uptime_ms>.jpg`.
std::string unsynced_photo_path(std::uint32_t boot_id, std::uint64_t uptime_ms);

/// `path` with `-<n>` before its extension, for a second photo that would get the same name
/// (two photos within one second): `…/12-03-05-2.jpg`.
std::string numbered_path(const std::string& path, unsigned n);

}  // namespace printcam::storage
