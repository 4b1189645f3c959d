#pragma once
// One IPv4 UDP socket, as the captive portal's DNS responder needs it. lwIP's sockets on the ESP32
// are BSD sockets, so both adapters are the same few calls: bind() → socket(AF_INET, SOCK_DGRAM) +
// bind; receive_from() → poll/select with the timeout + recvfrom; send_to() → sendto;
// close() → close. The platform picks the address: the ESP32 binds the access point's own address
// (so LAN clients never reach the catch-all answers), the host build binds 127.0.0.1.

#include <array>
#include <cstddef>
#include <cstdint>

namespace printcam::ports {

struct UdpPeer {
  std::array<std::uint8_t, 4> ip{};
  std::uint16_t port = 0;
};

/// receive_from() results that are not a length.
inline constexpr long kUdpTimeout = -1;
inline constexpr long kUdpError = -2;

class UdpSocket {
 public:
  virtual ~UdpSocket() = default;
  /// Opens and binds to `port` (0: any free port). False when the port is taken or the stack
  /// refuses; the socket stays closed.
  virtual bool bind(std::uint16_t port) = 0;
  /// The bound port (differs from the request when it asked for 0); 0 while closed.
  virtual std::uint16_t local_port() const = 0;
  /// Waits up to `timeout_ms` for one datagram: its length (bytes beyond `n` are dropped),
  /// kUdpTimeout, or kUdpError (also when closed).
  virtual long receive_from(std::uint8_t* buf, std::size_t n, UdpPeer& from, int timeout_ms) = 0;
  virtual bool send_to(const std::uint8_t* data, std::size_t n, const UdpPeer& to) = 0;
  virtual void close() = 0;
};

}  // namespace printcam::ports
