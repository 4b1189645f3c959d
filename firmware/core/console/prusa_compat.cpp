#include "core/console/prusa_compat.hpp"

namespace printcam::console {

std::optional<PrusaCommand> parse_prusa_line(std::string_view line) {
  if (line.size() < 2 || line.back() != ';') return std::nullopt;
  line.remove_suffix(1);
  const std::size_t colon = line.find(':');
  PrusaCommand cmd;
  cmd.name = std::string(line.substr(0, colon));
  if (cmd.name.empty()) return std::nullopt;
  for (const char c : cmd.name) {
    if (c < 'a' || c > 'z') return std::nullopt;
  }
  if (colon != std::string_view::npos) {
    for (const char c : line.substr(colon + 1)) {
      // Left to the word splitter, which names the control byte in its error.
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return std::nullopt;
    }
    cmd.has_value = true;
    cmd.value = std::string(line.substr(colon + 1));
  }
  return cmd;
}

}  // namespace printcam::console
