#include "core/json/json_writer.hpp"

#include <cstdio>

#include "core/json/json_escape.hpp"

namespace printcam::json {

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
  }
}

Writer& Writer::begin_object() {
  before_value();
  out_.push_back('{');
  first_.push_back(true);
  return *this;
}

Writer& Writer::end_object() {
  out_.push_back('}');
  first_.pop_back();
  return *this;
}

Writer& Writer::begin_array() {
  before_value();
  out_.push_back('[');
  first_.push_back(true);
  return *this;
}

Writer& Writer::end_array() {
  out_.push_back(']');
  first_.pop_back();
  return *this;
}

Writer& Writer::key(std::string_view k) {
  before_value();
  append_string(out_, k);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}

Writer& Writer::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

Writer& Writer::value(std::int64_t i) {
  before_value();
  out_ += std::to_string(i);
  return *this;
}

Writer& Writer::value(std::string_view s) {
  before_value();
  append_string(out_, s);
  return *this;
}

Writer& Writer::null() {
  before_value();
  out_ += "null";
  return *this;
}

Writer& Writer::raw(std::string_view json) {
  before_value();
  out_ += json;
  return *this;
}

Writer& Writer::value(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      return null();
    case Value::Kind::kBool:
      return value(v.as_bool());
    case Value::Kind::kNumber: {
      if (v.is_integer()) return value(v.as_int());
      // %.17g round-trips every double; JSON has no NaN or infinity, the reader never makes them.
      // Negative zero would print "-0", which reads back as the integer 0 and so writes differently.
      if (v.as_number() == 0) return raw("0");
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", v.as_number());
      return raw(buf);
    }
    case Value::Kind::kString:
      return value(std::string_view(v.as_string()));
    case Value::Kind::kArray:
      begin_array();
      for (const Value& item : v.items()) value(item);
      return end_array();
    case Value::Kind::kObject:
      begin_object();
      for (const Value::Member& m : v.members()) key(m.key).value(m.value);
      return end_object();
  }
  return *this;
}

}  // namespace printcam::json
