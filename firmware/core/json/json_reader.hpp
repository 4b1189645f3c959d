#pragma once
// A strict JSON reader (RFC 8259) for untrusted input: request bodies and the persisted settings.
// Bounded: nesting depth and input size are capped, so hostile input cannot exhaust the stack or
// the heap. Every error reports the byte offset where the input stopped making sense.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/json/json_value.hpp"

namespace printcam::json {

struct Limits {
  /// Arrays and objects nested deeper than this are refused (each level is a stack frame).
  std::size_t max_depth = 16;
  /// Longer input is refused before parsing starts.
  std::size_t max_bytes = 16 * 1024;
};

struct ParseError {
  /// Byte offset into the input, 0-based.
  std::size_t offset = 0;
  /// What was wrong, for people ("expected ':' after an object key").
  std::string message;
};

/// Parses `text` as exactly one JSON value (whitespace around it allowed). On failure returns false
/// and fills `error`; `out` is then unspecified. Strings must be valid UTF-8; \u escapes are decoded
/// (surrogate pairs joined, lone surrogates refused); objects with a repeated key are refused.
bool parse(std::string_view text, Value& out, ParseError& error, const Limits& limits = {});

}  // namespace printcam::json
