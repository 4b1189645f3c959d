#pragma once
// Builds compact JSON text without a DOM: the firmware writes responses straight into one string.
// Commas are placed automatically; keys and strings are escaped with append_string().

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_value.hpp"

namespace printcam::json {

class Writer {
 public:
  Writer& begin_object();
  Writer& end_object();
  Writer& begin_array();
  Writer& end_array();
  /// The next member's key; the value call that follows completes the member.
  Writer& key(std::string_view k);
  Writer& value(bool b);
  Writer& value(std::int64_t i);
  Writer& value(int i) { return value(static_cast<std::int64_t>(i)); }
  Writer& value(std::string_view s);
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(const Value& v);
  Writer& null();
  /// Inserts already-encoded JSON as one value.
  Writer& raw(std::string_view json);

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();

  std::string out_;
  /// Per open container: true until its first element is written.
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace printcam::json
