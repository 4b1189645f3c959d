#include "core/auth/constant_time.hpp"

namespace printcam::auth {

bool constant_time_equals(std::string_view secret, std::string_view candidate) {
  unsigned diff = secret.size() == candidate.size() ? 0U : 1U;
  for (std::size_t i = 0; i < candidate.size(); ++i) {
    // Reading secret[i % size] keeps the memory access pattern independent of the lengths.
    const unsigned char s = secret.empty() ? 0 : static_cast<unsigned char>(secret[i % secret.size()]);
    diff |= s ^ static_cast<unsigned char>(candidate[i]);
  }
  return diff == 0;
}

}  // namespace printcam::auth
