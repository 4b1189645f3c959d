#include "core/network/dns_responder.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "catch2_compat.hpp"

using printcam::network::answer_dns_query;
using printcam::network::DnsOutcome;
using printcam::network::DnsReply;
using printcam::network::Ipv4;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr Ipv4 kAp{10, 83, 71, 1};

/// The wire form of a name: length-prefixed labels and the root's zero.
Bytes wire_name(const std::string& dotted) {
  Bytes out;
  std::size_t start = 0;
  while (start < dotted.size()) {
    const std::size_t dot = dotted.find('.', start);
    const std::size_t end = dot == std::string::npos ? dotted.size() : dot;
    out.push_back(static_cast<std::uint8_t>(end - start));
    out.insert(out.end(), dotted.begin() + static_cast<long>(start), dotted.begin() + static_cast<long>(end));
    start = end + 1;
  }
  out.push_back(0);
  return out;
}

/// A standard query, ID 0xBEEF, recursion desired, one question.
Bytes query(const std::string& name, std::uint16_t type, std::uint16_t klass = 1) {
  Bytes q{0xBE, 0xEF, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0};
  const Bytes n = wire_name(name);
  q.insert(q.end(), n.begin(), n.end());
  q.insert(q.end(), {static_cast<std::uint8_t>(type >> 8), static_cast<std::uint8_t>(type & 0xFF),
                     static_cast<std::uint8_t>(klass >> 8), static_cast<std::uint8_t>(klass & 0xFF)});
  return q;
}

DnsReply answer(const Bytes& q) {
  return answer_dns_query(q.data(), q.size(), kAp);
}

}  // namespace

TEST_CASE("An A query for any name is answered with the AP address, byte for byte") {
  const Bytes q = query("captive.apple.com", 1);
  const DnsReply r = answer(q);
  CHECK(r.outcome == DnsOutcome::kAddress);
  Bytes expected{0xBE, 0xEF, 0x85, 0x00, 0, 1, 0, 1, 0, 0, 0, 0};  // QR AA RD, NOERROR, 1 question, 1 answer
  expected.insert(expected.end(), q.begin() + 12, q.end());
  expected.insert(expected.end(), {0xC0, 0x0C, 0, 1, 0, 1, 0, 0, 0, 30, 0, 4, 10, 83, 71, 1});
  CHECK(r.bytes == expected);
}

TEST_CASE("An AAAA query gets NOERROR and no answer, so the phone falls back to IPv4") {
  const Bytes q = query("connectivitycheck.gstatic.com", 28);
  const DnsReply r = answer(q);
  CHECK(r.outcome == DnsOutcome::kNoData);
  Bytes expected{0xBE, 0xEF, 0x85, 0x00, 0, 1, 0, 0, 0, 0, 0, 0};
  expected.insert(expected.end(), q.begin() + 12, q.end());
  CHECK(r.bytes == expected);
}

TEST_CASE("HTTPS and TXT queries get no answer either, and ANY gets the address") {
  CHECK(answer(query("www.msftconnecttest.com", 65)).outcome == DnsOutcome::kNoData);
  CHECK(answer(query("dns.msftncsi.com", 16)).outcome == DnsOutcome::kNoData);
  CHECK(answer(query("example.com", 255)).outcome == DnsOutcome::kAddress);
}

TEST_CASE("The question goes back with its case kept and without EDNS additional records") {
  Bytes q = query("CaPtIvE.ApPlE.cOm", 1);
  q[11] = 1;  // ARCOUNT 1: an EDNS OPT record
  q.insert(q.end(), {0, 0, 41, 0x04, 0xD0, 0, 0, 0, 0, 0, 0});
  const DnsReply r = answer(q);
  REQUIRE(r.outcome == DnsOutcome::kAddress);
  CHECK(r.bytes[11] == 0);  // ARCOUNT
  CHECK(std::string(r.bytes.begin() + 13, r.bytes.begin() + 20) == "CaPtIvE");
  CHECK(r.bytes.size() == q.size() - 11 + 16);
}

TEST_CASE("A compression pointer in the question is refused: it could only loop") {
  const Bytes loop{0x00, 0x01, 0x00, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 1, 'x', 0xC0, 12, 0, 1, 0, 1};
  CHECK(answer(loop).outcome == DnsOutcome::kFormatError);
  const Bytes root{0x00, 0x02, 0x00, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1};
  CHECK(answer(root).outcome == DnsOutcome::kAddress);  // the root name "." is fine
}

TEST_CASE("Malformed questions get FORMERR with the header alone") {
  const Bytes formerr{0xBE, 0xEF, 0x85, 0x01, 0, 0, 0, 0, 0, 0, 0, 0};
  Bytes two_questions = query("a.com", 1);
  two_questions[5] = 2;
  CHECK(answer(two_questions).bytes == formerr);

  Bytes with_answer = query("a.com", 1);
  with_answer[7] = 1;
  CHECK(answer(with_answer).bytes == formerr);

  Bytes cut = query("captive.apple.com", 1);
  cut.resize(cut.size() - 3);  // qtype/qclass cut short
  CHECK(answer(cut).bytes == formerr);

  Bytes label_past_end{0xBE, 0xEF, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 40, 'a', 'b'};
  CHECK(answer(label_past_end).bytes == formerr);

  Bytes extended_label = query("a.com", 1);
  extended_label[12] = 0x41;
  CHECK(answer(extended_label).bytes == formerr);

  Bytes pointer_into_header = query("a.com", 1);
  pointer_into_header[12] = 0xC0;
  pointer_into_header[13] = 0x02;
  CHECK(answer(pointer_into_header).bytes == formerr);

  std::string long_name;
  for (int i = 0; i < 5; ++i) long_name += std::string(60, 'a') + ".";
  long_name.pop_back();  // 5 labels of 60: 306 wire bytes, past the 255 limit
  CHECK(answer(query(long_name, 1)).bytes == formerr);
}

TEST_CASE("A name of exactly 255 wire bytes is accepted") {
  std::string name;
  for (int i = 0; i < 3; ++i) name += std::string(63, 'a') + ".";
  name += std::string(61, 'b');  // 3*64 + 62 + 1 = 255
  CHECK(answer(query(name, 1)).outcome == DnsOutcome::kAddress);
  CHECK(answer(query(name + "c", 1)).outcome == DnsOutcome::kFormatError);
}

TEST_CASE("Other opcodes and classes get NOTIMP") {
  Bytes status = query("a.com", 1);
  status[2] = 0x10;  // opcode 2, STATUS
  CHECK(answer(status).bytes == Bytes{0xBE, 0xEF, 0x94, 0x04, 0, 0, 0, 0, 0, 0, 0, 0});
  const DnsReply chaos = answer(query("version.bind", 16, 3));
  CHECK(chaos.outcome == DnsOutcome::kNotImplemented);
  CHECK(chaos.bytes == Bytes{0xBE, 0xEF, 0x85, 0x04, 0, 0, 0, 0, 0, 0, 0, 0});
}

TEST_CASE("Responses and runt datagrams are dropped without a reply") {
  Bytes response = query("a.com", 1);
  response[2] |= 0x80;
  CHECK(answer(response).outcome == DnsOutcome::kDropped);
  CHECK(answer(response).bytes.empty());
  const Bytes runt{0xBE, 0xEF, 0x01};
  CHECK(answer(runt).outcome == DnsOutcome::kDropped);
  CHECK(answer_dns_query(nullptr, 0, kAp).bytes.empty());
}
