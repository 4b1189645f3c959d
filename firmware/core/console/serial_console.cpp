#include "core/console/serial_console.hpp"

namespace printcam::console {

void SerialConsole::feed(const std::uint8_t* bytes, std::size_t len, std::uint64_t now_ms) {
  now_ms_ = now_ms;
  for (std::size_t i = 0; i < len; ++i) demux_.feed(bytes[i], now_ms);
}

void SerialConsole::poll(std::uint64_t now_ms) {
  now_ms_ = now_ms;
  if (!tracker_.pending()) return;
  if (const auto outcome = tracker_.poll(backend_.wifi_state(), now_ms)) deliver(*outcome);
}

void SerialConsole::on_text(std::uint8_t byte) {
  const auto event = lines_.feed(byte);
  if (!event) return;
  if (event->too_long) return text_.report_too_long();
  text_.execute(event->text);
}

void SerialConsole::on_packet(std::uint8_t type, const improv::Bytes& data) {
  improv_.on_packet(type, data);
}

void SerialConsole::on_bad_packet() {
  improv_.on_bad_packet();
}

std::optional<ConsoleError> SerialConsole::start_join(JoinOwner owner, const std::string& ssid,
                                                      const std::string& password) {
  if (auto error = backend_.wifi_join(ssid, password)) return error;
  if (const auto superseded = tracker_.start(owner, now_ms_)) deliver(*superseded);
  return std::nullopt;
}

void SerialConsole::deliver(const JoinOutcome& outcome) {
  if (outcome.owner == JoinOwner::Improv) {
    improv_.on_join_outcome(outcome);
  } else {
    text_.on_join_outcome(outcome);
  }
}

}  // namespace printcam::console
