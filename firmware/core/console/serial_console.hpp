#pragma once
// The serial console: one input stream carrying both text commands and Improv Serial packets,
// one output shared with the logs. Feed it the bytes read from the port, and poll it now and then
// (every read timeout) so Wi-Fi joins are followed to their end.

#include <cstddef>
#include <cstdint>

#include "core/console/console_backend.hpp"
#include "core/console/improv_session.hpp"
#include "core/console/join_starter.hpp"
#include "core/console/join_tracker.hpp"
#include "core/console/line_reader.hpp"
#include "core/console/serial_writer.hpp"
#include "core/console/stream_demux.hpp"
#include "core/console/text_commands.hpp"

namespace printcam::console {

class SerialConsole : private DemuxSink, private JoinStarter {
 public:
  SerialConsole(ConsoleBackend& backend, SerialWriter& out)
      : backend_(backend),
        improv_(backend, out, tracker_, *this),
        text_(backend, out, *this),
        demux_(*this) {}

  void feed(const std::uint8_t* bytes, std::size_t len, std::uint64_t now_ms);
  void poll(std::uint64_t now_ms);

 private:
  void on_text(std::uint8_t byte) override;
  void on_packet(std::uint8_t type, const improv::Bytes& data) override;
  void on_bad_packet() override;
  std::optional<ConsoleError> start_join(JoinOwner owner, const std::string& ssid,
                                         const std::string& password) override;
  void deliver(const JoinOutcome& outcome);

  ConsoleBackend& backend_;
  JoinTracker tracker_;
  ImprovSession improv_;
  TextCommands text_;
  LineReader lines_;
  StreamDemux demux_;
  std::uint64_t now_ms_ = 0;
};

}  // namespace printcam::console
