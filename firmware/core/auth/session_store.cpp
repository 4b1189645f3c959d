#include "core/auth/session_store.hpp"

#include <algorithm>

#include "core/auth/constant_time.hpp"

namespace printcam::auth {

std::string SessionStore::create() {
  std::uint8_t raw[kTokenBytes];
  system_.fill_random(raw, sizeof raw);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  token.reserve(2 * kTokenBytes);
  for (std::uint8_t b : raw) {
    token += kHex[b >> 4];
    token += kHex[b & 0xF];
  }
  std::lock_guard<std::mutex> lock(mu_);
  drop_expired();
  if (sessions_.size() >= kMaxSessions) {
    // Every session lives equally long, so the soonest to expire is the oldest.
    sessions_.erase(
        std::min_element(sessions_.begin(), sessions_.end(),
                         [](const Session& a, const Session& b) { return a.expires_ms < b.expires_ms; }));
  }
  sessions_.push_back(Session{token, clock_.monotonic_ms() + kLifetimeMs});
  return token;
}

bool SessionStore::valid(std::string_view token) {
  std::lock_guard<std::mutex> lock(mu_);
  drop_expired();
  return find(token) >= 0;
}

bool SessionStore::revoke(std::string_view token) {
  std::lock_guard<std::mutex> lock(mu_);
  const long i = find(token);
  if (i < 0) return false;
  sessions_.erase(sessions_.begin() + i);
  return true;
}

void SessionStore::revoke_all() {
  std::lock_guard<std::mutex> lock(mu_);
  sessions_.clear();
}

std::size_t SessionStore::size() {
  std::lock_guard<std::mutex> lock(mu_);
  drop_expired();
  return sessions_.size();
}

void SessionStore::drop_expired() {
  const std::uint64_t now = clock_.monotonic_ms();
  sessions_.erase(std::remove_if(sessions_.begin(), sessions_.end(),
                                 [now](const Session& s) { return s.expires_ms <= now; }),
                  sessions_.end());
}

long SessionStore::find(std::string_view token) const {
  long found = -1;
  for (std::size_t i = 0; i < sessions_.size(); ++i) {
    if (constant_time_equals(sessions_[i].token, token)) found = static_cast<long>(i);
  }
  return found;
}

}  // namespace printcam::auth
