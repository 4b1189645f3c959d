#pragma once
// Assembles text bytes into command lines. A line ends at CR, LF or CRLF (the CRLF counts once).
// Lines are bounded: an overlong line is dropped whole and reported once, at its end, so its tail
// is never run as a command of its own.

#include <cstdint>
#include <optional>
#include <string>

namespace printcam::console {

struct LineEvent {
  bool too_long = false;
  std::string text;  ///< without the line end; empty when too_long
};

class LineReader {
 public:
  /// Longer than any command needs (the longest value, a Prusa Connect token, is ~40 bytes; a
  /// quoted 32-byte SSID and 64-byte password fit with room), and cheap on the ESP32's heap.
  static constexpr std::size_t kMaxLineLength = 512;

  std::optional<LineEvent> feed(std::uint8_t byte);

 private:
  std::string line_;
  bool overflowed_ = false;
  bool after_cr_ = false;
};

}  // namespace printcam::console
