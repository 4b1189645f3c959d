#include "platform/host/host_system.hpp"

#include <malloc.h>
#include <sys/random.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

// Sanitizer builds replace malloc, and glibc's mallinfo2() then reports zeros; the sanitizer
// runtime's own counter is used instead when it is linked in (a weak reference: null otherwise).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes() __attribute__((weak));

#ifndef PRINTCAM_VERSION
#error "PRINTCAM_VERSION must come from the build (platform/host/CMakeLists.txt reads package.json)"
#endif

namespace printcam::host {
namespace {

std::size_t allocated_bytes() {
  if (__sanitizer_get_current_allocated_bytes != nullptr) return __sanitizer_get_current_allocated_bytes();
  return mallinfo2().uordblks;
}

}  // namespace

HostSystem::HostSystem(const std::uint8_t mac[6], std::string reset_reason, std::function<void()> on_reboot,
                       std::string version)
    : reset_reason_(std::move(reset_reason)),
      on_reboot_(std::move(on_reboot)),
      version_(std::move(version)),
      min_free_(kSimulatedHeapBytes) {
  std::copy_n(mac, 6, mac_);
}

std::size_t HostSystem::free_heap() const {
  const std::size_t used = allocated_bytes();
  const std::size_t free = used < kSimulatedHeapBytes ? kSimulatedHeapBytes - used : 0;
  std::lock_guard<std::mutex> lock(mu_);
  min_free_ = std::min(min_free_, free);
  return free;
}

std::size_t HostSystem::min_free_heap() const {
  free_heap();
  std::lock_guard<std::mutex> lock(mu_);
  return min_free_;
}

void HostSystem::mac(std::uint8_t out[6]) const {
  std::copy_n(mac_, 6, out);
}

ports::FirmwareVersion HostSystem::firmware() const {
  return {version_.empty() ? std::string(PRINTCAM_VERSION) : version_,
          std::string("host ") + __DATE__ + " " + __TIME__};
}

void HostSystem::fill_random(std::uint8_t* buf, std::size_t n) {
  while (n > 0) {
    const ssize_t got = ::getrandom(buf, n, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      // No kernel randomness means no safe tokens: stop rather than hand out guessable ones.
      std::abort();
    }
    buf += got;
    n -= static_cast<std::size_t>(got);
  }
}

void mac_from_seed(const std::string& seed, std::uint8_t out[6]) {
  // FNV-1a: stable across runs and platforms, unlike std::hash.
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : seed) h = (h ^ c) * 1099511628211ULL;
  out[0] = 0x02;
  for (int i = 1; i < 6; ++i) out[i] = static_cast<std::uint8_t>(h >> (8 * i));
}

}  // namespace printcam::host
