#include "platform/host/folder_discovery.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"

namespace printcam::host {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kSuffix = ".json";
/// An advert is a few hundred bytes; anything bigger in the folder is not one.
constexpr std::uintmax_t kMaxAdvertBytes = 4096;
/// Conflict suffixes tried before giving up ("-2" … "-99").
constexpr int kMaxConflictSuffix = 99;

bool stale(const fs::path& path) {
  std::error_code ec;
  const auto written = fs::last_write_time(path, ec);
  if (ec) return true;
  const auto age = fs::file_time_type::clock::now() - written;
  return age > std::chrono::milliseconds(kSimAdvertStaleMs);
}

std::string text_of(const json::Value* v) {
  return v && v->is_string() ? v->as_string() : std::string();
}

/// Reads one advert file; false for anything that is not a well-formed advert.
bool read_advert(const fs::path& path, ports::DiscoveredService& out) {
  std::error_code ec;
  if (fs::file_size(path, ec) > kMaxAdvertBytes || ec) return false;
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  json::Value v;
  json::ParseError error;
  if (!json::parse(buf.str(), v, error) || !v.is_object()) return false;
  const json::Value* port = v.find("port");
  const json::Value* txt = v.find("txt");
  if (!port || !port->is_integer() || port->as_int() <= 0 || port->as_int() > 65535) return false;
  out.instance = text_of(v.find("instance"));
  out.hostname = text_of(v.find("host"));
  out.ip = text_of(v.find("ip"));
  out.port = static_cast<std::uint16_t>(port->as_int());
  out.txt.clear();
  if (txt && txt->is_object()) {
    for (const auto& member : txt->members()) {
      if (member.value.is_string()) out.txt.emplace_back(member.key, member.value.as_string());
    }
  }
  return !out.instance.empty();
}

}  // namespace

bool FolderDiscovery::advertise(const ports::ServiceAdvert& self) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  std::lock_guard<std::mutex> lock(mutex_);
  self_ = self;
  if (claimed_path_.empty() && !claim(self.instance)) return false;
  write_advert();
  return true;
}

bool FolderDiscovery::claim(const std::string& base) {
  for (int n = 1; n <= kMaxConflictSuffix; ++n) {
    const std::string name = n == 1 ? base : base + "-" + std::to_string(n);
    const fs::path path = fs::path(dir_) / (name + std::string(kSuffix));
    // O_EXCL: of two cameras starting at once, exactly one gets the name.
    int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0 && errno == EEXIST && stale(path)) {
      std::error_code ec;
      fs::remove(path, ec);
      fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
    }
    if (fd >= 0) {
      ::close(fd);
      // mDNS renames the host name with the instance on a conflict; so does the simulation.
      if (self_.hostname == base) self_.hostname = name;
      self_.instance = name;
      claimed_path_ = path.string();
      return true;
    }
    if (errno != EEXIST) return false;
  }
  return false;
}

void FolderDiscovery::write_advert() {
  json::Writer w;
  w.begin_object()
      .key("instance")
      .value(self_.instance)
      .key("host")
      .value(self_.hostname)
      .key("ip")
      .value("127.0.0.1")
      .key("port")
      .value(static_cast<int>(self_.port))
      .key("txt")
      .begin_object();
  for (const auto& [k, v] : self_.txt) w.key(k).value(v);
  w.end_object().end_object();
  // Written aside and renamed over: a reader sees the old advert or the new one, never half.
  const std::string tmp = claimed_path_ + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << w.str();
  }
  std::error_code ec;
  fs::rename(tmp, claimed_path_, ec);
}

void FolderDiscovery::browse(std::function<void(const ports::DiscoveryEvent&)> on_event) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    on_event_ = std::move(on_event);
    stopping_ = false;
  }
  if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
}

void FolderDiscovery::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    if (!claimed_path_.empty()) write_advert();
    scan();
    wake_.wait_for(lock, std::chrono::milliseconds(kSimDiscoveryRefreshMs), [this] { return stopping_; });
  }
}

void FolderDiscovery::scan() {
  std::set<std::string> heard;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.extension() != kSuffix || path.string() == claimed_path_ || stale(path)) continue;
    ports::DiscoveredService service;
    if (!read_advert(path, service) || service.instance == self_.instance) continue;
    heard.insert(service.instance);
    if (on_event_) on_event_(ports::DiscoveryEvent{ports::DiscoveryEvent::Kind::kFound, service});
  }
  for (const std::string& gone : heard_) {
    if (heard.count(gone) == 0 && on_event_) {
      ports::DiscoveredService service;
      service.instance = gone;
      on_event_(ports::DiscoveryEvent{ports::DiscoveryEvent::Kind::kGone, service});
    }
  }
  heard_ = std::move(heard);
}

void FolderDiscovery::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard<std::mutex> lock(mutex_);
  if (!claimed_path_.empty()) {
    std::error_code ec;
    fs::remove(claimed_path_, ec);
    claimed_path_.clear();
  }
}

std::string FolderDiscovery::instance() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return claimed_path_.empty() ? std::string() : self_.instance;
}

}  // namespace printcam::host
