#include "core/network/dns_responder.hpp"

#include <optional>

namespace printcam::network {
namespace {

constexpr std::size_t kHeaderSize = 12;
constexpr std::size_t kMaxNameLength = 255;  // RFC 1035 §2.3.4, in wire bytes
/// The top two bits of a length byte: 00 a label, 11 a compression pointer, 01/10 extensions.
constexpr std::uint8_t kLabelTypeBits = 0xC0;

constexpr std::uint16_t kTypeA = 1;
constexpr std::uint16_t kClassIn = 1;
constexpr std::uint16_t kTypeOrClassAny = 255;
constexpr std::uint8_t kOpcodeQuery = 0;
constexpr std::uint8_t kRcodeNoError = 0;
constexpr std::uint8_t kRcodeFormErr = 1;
constexpr std::uint8_t kRcodeNotImp = 4;

std::uint16_t be16(const std::uint8_t* p) {
  return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}

void put16(std::vector<std::uint8_t>& out, std::uint16_t v) {
  out.push_back(static_cast<std::uint8_t>(v >> 8));
  out.push_back(static_cast<std::uint8_t>(v & 0xFF));
}

/// Where the question's name ends in the datagram, or nullopt when the name is malformed.
/// A compression pointer is refused: in a query's only question a pointer can point only into
/// the header or back into the same name, which leads to the same pointer again, a loop.
std::optional<std::size_t> name_end(const std::uint8_t* q, std::size_t size) {
  std::size_t pos = kHeaderSize;
  std::size_t length = 1;  // the root label's zero byte
  while (pos < size) {
    const std::uint8_t len = q[pos];
    if (len == 0) return pos + 1;
    if ((len & kLabelTypeBits) != 0) return std::nullopt;  // a pointer, or the 0x40/0x80 types
    length += len + 1u;
    if (length > kMaxNameLength || pos + 1 + len > size) return std::nullopt;
    pos += 1 + len;
  }
  return std::nullopt;
}

/// The header of a reply: the query's ID, QR and AA set, its opcode and RD kept, RA clear.
std::vector<std::uint8_t> reply_header(const std::uint8_t* q, std::uint8_t rcode, std::uint16_t qdcount,
                                       std::uint16_t ancount) {
  std::vector<std::uint8_t> out{q[0], q[1]};
  out.push_back(static_cast<std::uint8_t>(0x80 | (q[2] & 0x78) | 0x04 | (q[2] & 0x01)));
  out.push_back(rcode);
  put16(out, qdcount);
  put16(out, ancount);
  put16(out, 0);
  put16(out, 0);
  return out;
}

DnsReply error_reply(const std::uint8_t* q, DnsOutcome outcome) {
  const std::uint8_t rcode = outcome == DnsOutcome::kFormatError ? kRcodeFormErr : kRcodeNotImp;
  return {outcome, reply_header(q, rcode, 0, 0)};
}

}  // namespace

DnsReply answer_dns_query(const std::uint8_t* q, std::size_t size, const Ipv4& address) {
  if (size < kHeaderSize || (q[2] & 0x80) != 0) return {};
  const std::uint8_t opcode = (q[2] >> 3) & 0x0F;
  if (opcode != kOpcodeQuery) return error_reply(q, DnsOutcome::kNotImplemented);
  if (be16(q + 4) != 1 || be16(q + 6) != 0 || be16(q + 8) != 0) {
    return error_reply(q, DnsOutcome::kFormatError);
  }
  const auto end = name_end(q, size);
  if (!end || *end + 4 > size) return error_reply(q, DnsOutcome::kFormatError);
  const std::uint16_t qtype = be16(q + *end);
  const std::uint16_t qclass = be16(q + *end + 2);
  if (qclass != kClassIn && qclass != kTypeOrClassAny) return error_reply(q, DnsOutcome::kNotImplemented);

  const bool address_asked = qtype == kTypeA || qtype == kTypeOrClassAny;
  DnsReply reply{address_asked ? DnsOutcome::kAddress : DnsOutcome::kNoData,
                 reply_header(q, kRcodeNoError, 1, address_asked ? 1 : 0)};
  // The question goes back as sent, its case included (resolvers randomise it, "0x20").
  reply.bytes.insert(reply.bytes.end(), q + kHeaderSize, q + *end + 4);
  if (address_asked) {
    put16(reply.bytes, 0xC000 | kHeaderSize);  // the name: a pointer to the question's
    put16(reply.bytes, kTypeA);
    put16(reply.bytes, kClassIn);
    put16(reply.bytes, static_cast<std::uint16_t>(kDnsAnswerTtlS >> 16));
    put16(reply.bytes, static_cast<std::uint16_t>(kDnsAnswerTtlS & 0xFFFF));
    put16(reply.bytes, static_cast<std::uint16_t>(address.size()));
    reply.bytes.insert(reply.bytes.end(), address.begin(), address.end());
  }
  return reply;
}

bool DnsResponder::serve_one(int timeout_ms) {
  std::uint8_t buf[kMaxDnsQuerySize];
  ports::UdpPeer from;
  const long n = socket_.receive_from(buf, sizeof buf, from, timeout_ms);
  if (n == ports::kUdpTimeout) return true;
  if (n < 0) return false;
  const DnsReply reply = answer_dns_query(buf, static_cast<std::size_t>(n), address_);
  // A lost reply is the client's to retry, as with any UDP DNS; the socket is still good.
  if (!reply.bytes.empty()) socket_.send_to(reply.bytes.data(), reply.bytes.size(), from);
  return true;
}

}  // namespace printcam::network
