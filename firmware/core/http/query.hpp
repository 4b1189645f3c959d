#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace printcam::http {

/// Bounds on what a query string may hold, so a hostile URL cannot make the camera allocate.
inline constexpr std::size_t kMaxQueryLength = 2048;
inline constexpr std::size_t kMaxQueryParams = 32;

/// A decoded query string (application/x-www-form-urlencoded, as URLSearchParams reads it).
class Query {
 public:
  /// Parses `raw` (the text after '?'): pairs split on '&', name and value on the first '=', '+'
  /// is a space, %XX a byte. Empty pairs ("a=1&&b") are skipped; a name without '=' has an
  /// empty value. Fails, with a message in `error`, on a malformed % escape or over the bounds.
  static std::optional<Query> parse(std::string_view raw, std::string& error);

  /// The first value of `name`, as URLSearchParams.get() picks it.
  std::optional<std::string_view> get(std::string_view name) const;
  /// Every value of `name` in order (`?id=1&id=2`).
  std::vector<std::string_view> all(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& params() const { return params_; }

 private:
  std::vector<std::pair<std::string, std::string>> params_;
};

/// Decodes one form-encoded component; nullopt on a '%' not followed by two hex digits.
std::optional<std::string> form_decode(std::string_view in);

}  // namespace printcam::http
