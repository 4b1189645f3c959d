#include "core/console/words.hpp"

namespace printcam::console {
namespace {

bool is_control(unsigned char c) {
  return (c < 0x20 && c != '\t') || c == 0x7F;
}

}  // namespace

Words split_words(std::string_view line) {
  Words out;
  std::string word;
  bool in_word = false;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (is_control(c)) {
      out.error = "control byte at column " + std::to_string(i + 1);
      return out;
    }
    if (c == '\\') {
      if (++i == line.size()) {
        out.error = "a backslash ends the line; write \\\\ for a backslash";
        return out;
      }
      if (is_control(static_cast<unsigned char>(line[i]))) {
        out.error = "control byte at column " + std::to_string(i + 1);
        return out;
      }
      word.push_back(line[i]);
      in_word = true;
    } else if (c == '"') {
      quoted = !quoted;
      in_word = true;
    } else if (!quoted && (c == ' ' || c == '\t')) {
      if (in_word) out.words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word.push_back(static_cast<char>(c));
      in_word = true;
    }
  }
  if (quoted) {
    out.error = "a quote is not closed";
    return out;
  }
  if (in_word) out.words.push_back(std::move(word));
  return out;
}

}  // namespace printcam::console
