#include "platform/host/file_kv_store.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

namespace printcam::host {
namespace {

using ports::KvResult;
using ports::KvStatus;

constexpr char kBlob = 'B';
constexpr char kString = 'S';
constexpr char kU32 = 'U';

bool valid_name(std::string_view name) {
  if (name.empty() || name.size() > ports::KvStore::kMaxNameLength) return false;
  for (char c : name) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

KvResult io_error() {
  return {KvStatus::kIoError, errno};
}

}  // namespace

FileKvStore::FileKvStore(std::string dir) : dir_(std::move(dir)) {}

KvResult FileKvStore::path_for(std::string_view ns, std::string_view key, std::string& path) const {
  if (!valid_name(ns) || !valid_name(key)) return {KvStatus::kInvalidName, 0};
  path = dir_ + "/" + std::string(ns);
  if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) return io_error();
  path += "/" + std::string(key);
  return {};
}

KvResult FileKvStore::read(std::string_view ns, std::string_view key, char type, std::string& payload) {
  std::string path;
  if (const KvResult r = path_for(ns, key, path); !r.ok()) return r;
  std::ifstream in(path, std::ios::binary);
  if (!in) return {KvStatus::kNotFound, 0};
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // An empty file is a key whose very first byte was cut: it was never written.
  if (content.empty()) return {KvStatus::kNotFound, 0};
  if (content[0] != type) return {KvStatus::kTypeMismatch, 0};
  payload = content.substr(1);
  return {};
}

KvResult FileKvStore::write(std::string_view ns, std::string_view key, char type, std::string_view payload) {
  std::string path;
  if (const KvResult r = path_for(ns, key, path); !r.ok()) return r;
  std::string next(1, type);
  next += payload;
  // Overwrite in place, as flash does: a cut leaves the new prefix over the old suffix.
  std::string disk;
  if (std::ifstream in(path, std::ios::binary); in) {
    disk.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::size_t n = next.size();
  if (budget_) {
    n = std::min(n, *budget_);
    *budget_ -= n;
    if (n < next.size()) cut_ = true;
  }
  if (disk.size() < n) disk.resize(n);
  disk.replace(0, n, next, 0, n);
  if (n == next.size()) disk.resize(n);  // the write completed: the old tail is gone
  written_ += n;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(disk.data(), static_cast<std::streamsize>(disk.size()));
  if (!out) return io_error();
  return {};
}

KvResult FileKvStore::get_blob(std::string_view ns, std::string_view key, std::vector<std::uint8_t>& out) {
  std::string payload;
  const KvResult r = read(ns, key, kBlob, payload);
  if (r.ok()) out.assign(payload.begin(), payload.end());
  return r;
}

KvResult FileKvStore::set_blob(std::string_view ns, std::string_view key, const std::uint8_t* data,
                               std::size_t n) {
  return write(ns, key, kBlob, std::string_view(reinterpret_cast<const char*>(data), n));
}

KvResult FileKvStore::get_string(std::string_view ns, std::string_view key, std::string& out) {
  return read(ns, key, kString, out);
}

KvResult FileKvStore::set_string(std::string_view ns, std::string_view key, std::string_view value) {
  return write(ns, key, kString, value);
}

KvResult FileKvStore::get_u32(std::string_view ns, std::string_view key, std::uint32_t& out) {
  std::string payload;
  KvResult r = read(ns, key, kU32, payload);
  if (!r.ok()) return r;
  if (payload.size() != 4) return {KvStatus::kIoError, 0};
  out = 0;
  for (int i = 3; i >= 0; --i)
    out = (out << 8) | static_cast<unsigned char>(payload[static_cast<std::size_t>(i)]);
  return r;
}

KvResult FileKvStore::set_u32(std::string_view ns, std::string_view key, std::uint32_t value) {
  char bytes[4];
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<char>(value >> (8 * i));
  return write(ns, key, kU32, std::string_view(bytes, 4));
}

KvResult FileKvStore::erase(std::string_view ns, std::string_view key) {
  std::string path;
  if (const KvResult r = path_for(ns, key, path); !r.ok()) return r;
  if (budget_) {
    if (*budget_ == 0) {
      cut_ = true;
      return {};
    }
    --*budget_;
  }
  if (std::remove(path.c_str()) != 0) return errno == ENOENT ? KvResult{KvStatus::kNotFound, 0} : io_error();
  return {};
}

KvResult FileKvStore::commit(std::string_view ns) {
  // Every write above already reached the file; like NVS, commit only confirms.
  return valid_name(ns) ? KvResult{} : KvResult{KvStatus::kInvalidName, 0};
}

}  // namespace printcam::host
