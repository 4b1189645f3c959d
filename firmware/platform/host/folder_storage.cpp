#include "platform/host/folder_storage.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>

namespace printcam::host {
namespace {

ports::StorageResult io_error(int err) {
  if (err == ENOSPC || err == EDQUOT) return {ports::StorageError::kFull, err};
  if (err == ENOENT) return {ports::StorageError::kNotFound, err};
  return {ports::StorageError::kIo, err};
}

/// Creates every folder on the way to the file `full` below `root`.
bool make_parents(const std::string& root, std::string_view rel) {
  std::string dir = root;
  for (std::size_t slash = rel.find('/'); slash != std::string_view::npos; slash = rel.find('/', slash + 1)) {
    dir = root + "/" + std::string(rel.substr(0, slash));
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return false;
  }
  return true;
}

bool write_all(int fd, const std::uint8_t* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

bool FolderStorage::present() const {
  struct stat st {};
  return ::stat(root_.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

ports::StorageResult FolderStorage::write(std::string_view path, const std::uint8_t* data, std::size_t size) {
  if (!present()) return {ports::StorageError::kAbsent, ENOENT};
  if (!is_safe_relative_path(path)) return {ports::StorageError::kBadPath, EINVAL};
  if (!make_parents(root_, path)) return io_error(errno);
  const std::string target = root_ + "/" + std::string(path);
  const std::string temp = target + ".partial";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(errno);
  const bool written = write_all(fd, data, size) && ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!written || ::rename(temp.c_str(), target.c_str()) != 0) {
    const int failure = written ? errno : err;
    ::unlink(temp.c_str());
    return io_error(failure);
  }
  return {};
}

ports::StorageResult FolderStorage::read(std::string_view path, std::vector<std::uint8_t>& out) {
  if (!present()) return {ports::StorageError::kAbsent, ENOENT};
  if (!is_safe_relative_path(path)) return {ports::StorageError::kBadPath, EINVAL};
  const std::string full = root_ + "/" + std::string(path);
  const int fd = ::open(full.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(errno);
  out.clear();
  std::uint8_t buf[16384];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return io_error(err);
    }
    if (n == 0) break;
    out.insert(out.end(), buf, buf + n);
  }
  ::close(fd);
  return {};
}

std::optional<std::uint64_t> FolderStorage::free_bytes() const {
  if (!present()) return std::nullopt;
  struct statvfs fs {};
  if (::statvfs(root_.c_str(), &fs) != 0) return std::nullopt;
  return static_cast<std::uint64_t>(fs.f_bavail) * fs.f_frsize;
}

}  // namespace printcam::host
