#pragma once
// Blocking socket helpers for the host adapters: whole writes, EINTR retries, no SIGPIPE.

#include <cstddef>
#include <string_view>

namespace printcam::host {

/// Writes all `n` bytes; false once the peer is gone or the send timeout expired.
bool write_all(int fd, const void* data, std::size_t n);
inline bool write_all(int fd, std::string_view s) {
  return write_all(fd, s.data(), s.size());
}

/// One read: bytes read, 0 at end of stream, -1 on error or timeout.
long read_some(int fd, void* buf, std::size_t n);

/// Sets receive and send timeouts so a silent or stalled peer cannot hold a thread forever.
void set_timeouts(int fd, int recv_seconds, int send_seconds);

}  // namespace printcam::host
