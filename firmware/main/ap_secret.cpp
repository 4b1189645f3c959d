#include "ap_secret.hpp"

namespace printcam::esp32 {
namespace {

constexpr std::string_view kDeviceNamespace = "device";
constexpr std::string_view kApSecretKey = "ap_secret";
constexpr std::size_t kApSecretBytes = 16;

}  // namespace

std::vector<std::uint8_t> ap_secret_id(ports::KvStore& kv, ports::System& system) {
  std::vector<std::uint8_t> secret;
  if (kv.get_blob(kDeviceNamespace, kApSecretKey, secret).ok() && secret.size() == kApSecretBytes)
    return secret;
  secret.assign(kApSecretBytes, 0);
  system.fill_random(secret.data(), secret.size());
  // Not kept (a full or failing NVS): this boot's password still works, and the next boot makes
  // another, which the serial console and the PWA show again.
  if (kv.set_blob(kDeviceNamespace, kApSecretKey, secret.data(), secret.size()).ok())
    kv.commit(kDeviceNamespace);
  return secret;
}

}  // namespace printcam::esp32
