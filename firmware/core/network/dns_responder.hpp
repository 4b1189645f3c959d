#pragma once
// The captive portal's catch-all DNS: every name is the camera. A phone on the setup AP asks for
// connectivitycheck.gstatic.com or captive.apple.com, gets the AP's address, and its probe then
// lands on the camera's HTTP server (captive_portal.hpp).
//
// What is answered (RFC 1035 wire format, UDP, at most kMaxDnsQuerySize bytes):
// - A standard query (opcode QUERY) with exactly one question and no answer or authority records
//   (additional records such as an EDNS OPT are ignored, and the reply carries none):
//   - class IN or ANY, type A or ANY: one A record, the AP address, TTL kDnsAnswerTtlS;
//   - class IN or ANY, any other type (AAAA, HTTPS, TXT…): NOERROR with no answer, so phones
//     fall back to IPv4 instead of treating the name as missing;
//   - another class: NOTIMP.
// - Another opcode: NOTIMP. A malformed question (bad counts, a label past the end, a name over
//   255 bytes, an extended label type, a compression pointer — which in a query's only question
//   can only loop or point into the header): FORMERR. Errors answer with the header alone (QDCOUNT 0).
// - Dropped without a reply: datagrams shorter than a header (there is no ID to answer) and
//   responses (QR set), so two responders can never answer each other in a loop.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/network/ap_address.hpp"
#include "ports/udp_socket.hpp"

namespace printcam::network {

/// Short, so a phone that leaves the AP soon forgets that every name was the camera.
inline constexpr std::uint32_t kDnsAnswerTtlS = 30;
/// Classic DNS over UDP stays within 512 bytes (RFC 1035 §4.2.1); longer datagrams are cut, and
/// the cut can only fall in the additional section this responder ignores or make a FORMERR.
inline constexpr std::size_t kMaxDnsQuerySize = 512;

enum class DnsOutcome {
  kAddress,         ///< One A record.
  kNoData,          ///< NOERROR, no answer.
  kFormatError,     ///< FORMERR.
  kNotImplemented,  ///< NOTIMP.
  kDropped,         ///< No reply at all.
};

struct DnsReply {
  DnsOutcome outcome = DnsOutcome::kDropped;
  std::vector<std::uint8_t> bytes;  ///< Empty when dropped.
};

/// The reply to one query datagram, every name resolving to `address`.
DnsReply answer_dns_query(const std::uint8_t* query, std::size_t size, const Ipv4& address);

/// Answers queries arriving on a bound socket.
class DnsResponder {
 public:
  DnsResponder(ports::UdpSocket& socket, const Ipv4& address) : socket_(socket), address_(address) {}
  /// Waits up to `timeout_ms` for one datagram and answers it. False when the socket failed.
  bool serve_one(int timeout_ms);

 private:
  ports::UdpSocket& socket_;
  Ipv4 address_;
};

}  // namespace printcam::network
