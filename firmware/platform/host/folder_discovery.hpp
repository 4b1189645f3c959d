#pragma once
// Discovery for simulated cameras on one machine (printcam-sim --peers-dir DIR): each camera keeps
// its advert as a file in a shared folder and reads the others'. Why a folder and not loopback UDP:
// multicast on `lo` needs the interface's MULTICAST flag, which containers and CI often lack, and
// unicast with SO_REUSEPORT hands each datagram to one socket instead of all of them; a folder
// reaches every process on the machine with nothing to set up. A file's age plays mDNS's TTL: a
// camera killed without cleaning up goes stale after kSimAdvertStaleMs; a clean stop removes its
// file (mDNS's goodbye). A name already taken by a live camera gets "-2", "-3"…, as mDNS does.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "ports/discovery.hpp"

namespace printcam::host {

/// How often a simulated camera rewrites its advert and reads the others' (fast, for tests).
inline constexpr std::uint64_t kSimDiscoveryRefreshMs = 500;
/// An advert not rewritten for this long belongs to a camera that is gone.
inline constexpr std::uint64_t kSimAdvertStaleMs = 10 * kSimDiscoveryRefreshMs;

class FolderDiscovery final : public ports::Discovery {
 public:
  explicit FolderDiscovery(std::string dir) : dir_(std::move(dir)) {}
  ~FolderDiscovery() override { stop(); }

  bool advertise(const ports::ServiceAdvert& self) override;
  void browse(std::function<void(const ports::DiscoveryEvent&)> on_event) override;
  void stop() override;
  /// The instance name claimed (after any conflict suffix); empty before advertise().
  std::string instance() const;

 private:
  bool claim(const std::string& base);
  void write_advert();
  void scan();
  void run();

  std::string dir_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  ports::ServiceAdvert self_;
  std::string claimed_path_;
  std::function<void(const ports::DiscoveryEvent&)> on_event_;
  std::set<std::string> heard_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace printcam::host
