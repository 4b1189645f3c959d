// Text and Improv packets sharing one input stream, byte by byte.

#include "catch2_compat.hpp"
#include "fakes/console_rig.hpp"

using namespace printcam::console::improv;
using printcam::console::StreamDemux;
using printcam::fakes::ConsoleRig;
using printcam::fakes::packet;
using printcam::fakes::rpc;

namespace {
const std::string kReady = packet(build_state(State::Ready));
const std::string kInvalid = packet(build_error(Error::InvalidRpc));
const std::string kUnknownCommand = "err ? unknown_command unknown command; type help for the list";
}  // namespace

TEST_CASE("Demux: a packet split at every byte boundary is still one packet") {
  const std::string p = rpc(0x02);
  for (std::size_t cut = 0; cut <= p.size(); ++cut) {
    ConsoleRig rig;
    rig.send(p.substr(0, cut));
    if (cut < p.size() - 1) CHECK(rig.take().empty());
    rig.send(p.substr(cut));
    CHECK(rig.take() == std::vector<std::string>{kReady});
  }
}

TEST_CASE("Demux: a packet fed one byte per call is one packet") {
  ConsoleRig rig;
  for (const char c : rpc(0x02) + "status\n") rig.send(std::string(1, c));
  CHECK(rig.take() == std::vector<std::string>{kReady, "ok status {\"uptime_s\":1}"});
}

TEST_CASE("Demux: a packet is found after garbage on the same line, and the garbage stays text") {
  ConsoleRig rig;
  rig.send(std::string("\xff\x00zzIMPRO", 8) + rpc(0x02));
  const auto out = rig.take();
  REQUIRE(out.size() == 2);
  CHECK(out[0] == kReady);
  CHECK(out[1].rfind("err ? bad_syntax control byte", 0) == 0);
}

TEST_CASE("Demux: an I that starts a new match after a false start is not lost") {
  ConsoleRig rig;
  rig.send(std::string("I") + rpc(0x02));
  const auto out = rig.take();
  REQUIRE(out.size() == 2);
  CHECK(out[0] == kReady);
  CHECK(out[1] == kUnknownCommand);  // the lone "I", ended by the packet's newline
}

TEST_CASE("Demux: text that only resembles the magic is text") {
  ConsoleRig rig;
  rig.send("IMPRO status\nIMPROVE\n");
  CHECK(rig.take() == std::vector<std::string>{kUnknownCommand, kUnknownCommand});
}

TEST_CASE("Demux: a packet of another version is handed to the line parser as text") {
  ConsoleRig rig;
  rig.send("IMPROV\x02x\n");
  CHECK(rig.take() == std::vector<std::string>{"err ? bad_syntax control byte at column 7"});
}

TEST_CASE("Demux: a packet that stalls half-way is dropped as INVALID_RPC and text works again") {
  ConsoleRig rig;
  const std::string p = rpc(0x02);
  rig.send(p.substr(0, 10));
  rig.now_ms += StreamDemux::kPacketStallMs;
  rig.send("status\n");
  CHECK(rig.take() == std::vector<std::string>{kInvalid, "ok status {\"uptime_s\":1}"});
}

TEST_CASE("Demux: commands before, between and after packets all run, in order") {
  ConsoleRig rig;
  rig.send("status\n" + rpc(0x02) + "get system.name\r\n" + rpc(0x02) + "status\r");
  CHECK(rig.take() == std::vector<std::string>{"ok status {\"uptime_s\":1}", kReady, "ok get \"printcam\"",
                                               kReady, "ok status {\"uptime_s\":1}"});
}

TEST_CASE("Demux: random garbage never crashes and a packet after a newline still works") {
  ConsoleRig rig;
  std::uint32_t x = 12345;
  std::string noise;
  for (int i = 0; i < 5000; ++i) {
    x = x * 1103515245u + 12345u;
    noise.push_back(static_cast<char>(x >> 24));
  }
  rig.send(noise);
  rig.now_ms += StreamDemux::kPacketStallMs;  // any packet the noise began is abandoned
  rig.send("\n");
  rig.take();
  rig.send(rpc(0x02));
  CHECK(rig.take() == std::vector<std::string>{kReady});
}
