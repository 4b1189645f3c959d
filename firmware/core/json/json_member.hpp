#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace printcam::json {

/// Finds the string member `key` of the JSON object `text` and returns it unescaped. The whole
/// document is checked (RFC 8259, nesting up to kMaxDepth): malformed JSON, a non-object, or
/// `key` holding a non-string give nullopt and a message in `error`; a valid object without
/// `key` gives nullopt with `error` empty. A duplicated key: the last one wins, as in JSON.parse.
std::optional<std::string> string_member(std::string_view text, std::string_view key, std::string& error);

/// Deeper documents are refused: the recursion must stay within a small task stack.
inline constexpr int kMaxDepth = 16;

}  // namespace printcam::json
