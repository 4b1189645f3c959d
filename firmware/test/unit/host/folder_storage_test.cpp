#include "platform/host/folder_storage.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "catch2_compat.hpp"
#include "fakes/temp_dir.hpp"

using printcam::host::FolderStorage;
using printcam::host::is_safe_relative_path;
using printcam::ports::StorageError;

namespace {

std::string temp_dir() {
  return printcam::fakes::temp_dir("sd");
}

}  // namespace

TEST_CASE("The SD card folder writes and reads files, creating folders on the way") {
  const std::string root = temp_dir();
  FolderStorage sd(root);
  CHECK(sd.present());
  const std::vector<std::uint8_t> data{0xFF, 0xD8, 1, 2, 3, 0xFF, 0xD9};
  REQUIRE(sd.write("timelapse/2026/photo.jpg", data.data(), data.size()).ok());
  std::vector<std::uint8_t> back;
  REQUIRE(sd.read("timelapse/2026/photo.jpg", back).ok());
  CHECK(back == data);
  CHECK(::access((root + "/timelapse/2026/photo.jpg.partial").c_str(), F_OK) != 0);
  CHECK(sd.free_bytes().value_or(0) > 0);
  CHECK(sd.read("missing.jpg", back).error == StorageError::kNotFound);
  std::system(("rm -rf " + root).c_str());
}

TEST_CASE("A pulled SD card reports absent for every call") {
  const std::string root = temp_dir();
  FolderStorage sd(root);
  ::rmdir(root.c_str());
  CHECK_FALSE(sd.present());
  const std::uint8_t byte = 1;
  CHECK(sd.write("a.jpg", &byte, 1).error == StorageError::kAbsent);
  std::vector<std::uint8_t> out;
  CHECK(sd.read("a.jpg", out).error == StorageError::kAbsent);
  CHECK_FALSE(sd.free_bytes().has_value());
}

TEST_CASE("SD card paths must stay inside the card") {
  CHECK(is_safe_relative_path("a.jpg"));
  CHECK(is_safe_relative_path("timelapse/a.jpg"));
  CHECK_FALSE(is_safe_relative_path(""));
  CHECK_FALSE(is_safe_relative_path("/etc/passwd"));
  CHECK_FALSE(is_safe_relative_path("../x"));
  CHECK_FALSE(is_safe_relative_path("a/../../x"));
  CHECK_FALSE(is_safe_relative_path("a//b"));
  CHECK_FALSE(is_safe_relative_path("a/"));
  CHECK_FALSE(is_safe_relative_path("./a"));
  CHECK_FALSE(is_safe_relative_path(std::string_view("a\0b", 3)));
  const std::string root = temp_dir();
  FolderStorage sd(root);
  const std::uint8_t byte = 1;
  CHECK(sd.write("../escape.jpg", &byte, 1).error == StorageError::kBadPath);
  ::rmdir(root.c_str());
}
