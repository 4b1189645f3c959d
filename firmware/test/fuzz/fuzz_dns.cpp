// Any datagram: answer_dns_query never reads out of bounds, and every reply is a response to the
// query's ID that stays within the query's size plus one A record.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/network/dns_responder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using printcam::network::DnsOutcome;
  constexpr printcam::network::Ipv4 kAddress{10, 83, 71, 1};
  const auto reply = printcam::network::answer_dns_query(data, size, kAddress);
  if (reply.outcome == DnsOutcome::kDropped) {
    if (!reply.bytes.empty()) std::abort();
    return 0;
  }
  const auto& r = reply.bytes;
  if (r.size() < 12 || r.size() > size + 16) std::abort();
  if (r[0] != data[0] || r[1] != data[1] || (r[2] & 0x80) == 0) std::abort();
  if (reply.outcome == DnsOutcome::kAddress &&
      (r[r.size() - 4] != 10 || r[r.size() - 3] != 83 || r[r.size() - 2] != 71 || r[r.size() - 1] != 1)) {
    std::abort();
  }
  return 0;
}
