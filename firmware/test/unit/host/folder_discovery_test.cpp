// The simulation's discovery: adverts in a shared folder, conflicts renamed as mDNS does, stale
// adverts ignored, a clean stop heard as a goodbye.
#include "platform/host/folder_discovery.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

#include "catch2_compat.hpp"
#include "fakes/temp_dir.hpp"

using printcam::host::FolderDiscovery;
using printcam::ports::DiscoveryEvent;
using printcam::ports::ServiceAdvert;
namespace fs = std::filesystem;

namespace {

/// Bounds a wait for the adapter's thread (it refreshes every half second); never asserted on.
constexpr int kMaxWaitSteps = 200;
constexpr auto kWaitStep = std::chrono::milliseconds(25);

fs::path fresh_dir() {
  return printcam::fakes::temp_dir("discovery");
}

/// Records the instances currently heard.
struct Listener {
  std::mutex mutex;
  std::set<std::string> heard;
  std::atomic<int> goodbyes{0};
  void operator()(const DiscoveryEvent& e) {
    std::lock_guard<std::mutex> lock(mutex);
    if (e.kind == DiscoveryEvent::Kind::kFound) {
      heard.insert(e.service.instance);
    } else {
      heard.erase(e.service.instance);
      ++goodbyes;
    }
  }
  std::set<std::string> snapshot() {
    std::lock_guard<std::mutex> lock(mutex);
    return heard;
  }
};

template <typename Pred>
void wait_for(Pred pred) {
  for (int i = 0; i < kMaxWaitSteps && !pred(); ++i) std::this_thread::sleep_for(kWaitStep);
}

}  // namespace

TEST_CASE("Two simulated cameras with the same name get distinct instances and hear each other") {
  const fs::path dir = fresh_dir();
  FolderDiscovery a(dir.string());
  FolderDiscovery b(dir.string());
  REQUIRE(a.advertise(ServiceAdvert{"printcam", "printcam", 8001, {{"version", "1"}}}));
  REQUIRE(b.advertise(ServiceAdvert{"printcam", "printcam", 8002, {{"version", "1"}}}));
  CHECK(a.instance() == "printcam");
  CHECK(b.instance() == "printcam-2");
  Listener heard_by_a;
  Listener heard_by_b;
  a.browse([&heard_by_a](const DiscoveryEvent& e) { heard_by_a(e); });
  b.browse([&heard_by_b](const DiscoveryEvent& e) { heard_by_b(e); });
  wait_for(
      [&] { return heard_by_a.snapshot().count("printcam-2") && heard_by_b.snapshot().count("printcam"); });
  CHECK(heard_by_a.snapshot() == std::set<std::string>{"printcam-2"});
  CHECK(heard_by_b.snapshot() == std::set<std::string>{"printcam"});

  b.stop();
  CHECK_FALSE(fs::exists(dir / "printcam-2.json"));
  wait_for([&] { return heard_by_a.goodbyes.load() > 0; });
  CHECK(heard_by_a.snapshot().empty());
  a.stop();
  fs::remove_all(dir);
}

TEST_CASE("Stale and malformed files in the peers folder are ignored, and a stale name is reclaimed") {
  const fs::path dir = fresh_dir();
  {
    std::ofstream(dir / "printcam.json")
        << R"({"instance":"printcam","host":"printcam","ip":"127.0.0.1","port":9})";
    std::ofstream(dir / "junk.json") << "not json";
    std::ofstream(dir / "noport.json") << R"({"instance":"noport","ip":"127.0.0.1"})";
  }
  fs::last_write_time(dir / "printcam.json", fs::file_time_type::clock::now() - std::chrono::hours(1));
  FolderDiscovery a(dir.string());
  REQUIRE(a.advertise(ServiceAdvert{"printcam", "printcam", 8001, {}}));
  CHECK(a.instance() == "printcam");  // the dead camera's name was free again
  FolderDiscovery other(dir.string());
  REQUIRE(other.advertise(ServiceAdvert{"other", "other", 8002, {}}));
  Listener heard;
  a.browse([&heard](const DiscoveryEvent& e) { heard(e); });
  // Once the live camera is heard, the folder has been read through: only it counts.
  wait_for([&] { return heard.snapshot().count("other") > 0; });
  CHECK(heard.snapshot() == std::set<std::string>{"other"});
  other.stop();
  a.stop();
  fs::remove_all(dir);
}
