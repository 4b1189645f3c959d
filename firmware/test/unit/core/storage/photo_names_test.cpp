#include "core/storage/photo_names.hpp"

#include <time.h>

#include <cstdio>
#include <string>

#include "catch2_compat.hpp"

using printcam::storage::numbered_path;
using printcam::storage::photo_path_at;
using printcam::storage::unsynced_photo_path;

TEST_CASE("a photo is filed under its UTC day and named by its UTC time") {
  CHECK(photo_path_at(1795348985) == "photos/2026-11-22/12-03-05.jpg");
  CHECK(photo_path_at(0) == "photos/1970-01-01/00-00-00.jpg");
  CHECK(photo_path_at(1709251199) == "photos/2024-02-29/23-59-59.jpg");
  CHECK(photo_path_at(951868800) == "photos/2000-03-01/00-00-00.jpg");
  CHECK(photo_path_at(4133980799) == "photos/2100-12-31/23-59-59.jpg");
}

TEST_CASE("photo names agree with the C library's UTC calendar for every day from 1970 to 2200") {
  for (std::int64_t t = 0; t < 7258118400; t += 86400 + 3607) {
    const time_t tt = static_cast<time_t>(t);
    struct tm utc {};
    REQUIRE(gmtime_r(&tt, &utc) != nullptr);
    char expected[64];
    std::snprintf(expected, sizeof expected, "photos/%04d-%02d-%02d/%02d-%02d-%02d.jpg", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
    REQUIRE(photo_path_at(t) == expected);
  }
}

TEST_CASE("a photo taken before the clock was set is named by the boot and the uptime") {
  CHECK(unsynced_photo_path(0x1a2b3c4d, 61234) == "photos/unsynced/boot-1a2b3c4d-61234.jpg");
  CHECK(unsynced_photo_path(7, 0) == "photos/unsynced/boot-00000007-0.jpg");
  CHECK(unsynced_photo_path(7, 5) != unsynced_photo_path(8, 5));
}

TEST_CASE("a second photo with the same name is numbered before its extension") {
  CHECK(numbered_path("photos/2026-11-22/12-03-05.jpg", 2) == "photos/2026-11-22/12-03-05-2.jpg");
  CHECK(numbered_path("photos/a.b/name", 3) == "photos/a.b/name-3");
}
