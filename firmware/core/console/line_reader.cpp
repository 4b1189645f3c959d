#include "core/console/line_reader.hpp"

namespace printcam::console {

std::optional<LineEvent> LineReader::feed(std::uint8_t byte) {
  const bool was_after_cr = after_cr_;
  after_cr_ = byte == '\r';
  if (byte == '\n' && was_after_cr) return std::nullopt;
  if (byte == '\r' || byte == '\n') {
    LineEvent event{overflowed_, overflowed_ ? std::string() : std::move(line_)};
    line_.clear();
    overflowed_ = false;
    return event;
  }
  if (overflowed_) return std::nullopt;
  if (line_.size() == kMaxLineLength) {
    overflowed_ = true;
    line_.clear();
    return std::nullopt;
  }
  line_.push_back(static_cast<char>(byte));
  return std::nullopt;
}

}  // namespace printcam::console
