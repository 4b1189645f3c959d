#pragma once
// Splits a command line into words, shell-like, so SSIDs and passwords may hold spaces:
// - words are separated by spaces or tabs;
// - double quotes group: `wifi "My Home" "pass word"`; they may start mid-word:
//   `set system.name="Desk cam"` is the one word `system.name=Desk cam`; `""` is an empty word;
// - a backslash takes the next byte literally, inside quotes or out: `\"`, `\\`, `\ `;
// - other control bytes (below 0x20, and 0x7F) are refused, so a line noise burst is an error,
//   not a command. Bytes from 0x80 pass through: SSIDs may be UTF-8.

#include <string>
#include <string_view>
#include <vector>

namespace printcam::console {

struct Words {
  std::vector<std::string> words;
  std::string error;  ///< non-empty: the line is malformed and `words` is meaningless
};

Words split_words(std::string_view line);

}  // namespace printcam::console
