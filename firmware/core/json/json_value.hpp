#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace printcam::json {

/// A parsed JSON document (DOM). Objects keep their members in document order; the reader rejects
/// duplicate keys, so find() is unambiguous.
class Value {
 public:
  enum class Kind : std::uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };
  struct Member;

  Value() = default;
  static Value boolean(bool b);
  static Value integer(std::int64_t i);
  static Value number(double d);
  static Value string(std::string s);
  static Value array();
  static Value object();

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool is_bool() const { return kind_ == Kind::kBool; }
  bool is_number() const { return kind_ == Kind::kNumber; }
  /// A number written without fraction or exponent that fits in 64 bits.
  bool is_integer() const { return kind_ == Kind::kNumber && is_int_; }
  bool is_string() const { return kind_ == Kind::kString; }
  bool is_array() const { return kind_ == Kind::kArray; }
  bool is_object() const { return kind_ == Kind::kObject; }

  bool as_bool() const { return bool_; }
  std::int64_t as_int() const { return int_; }
  double as_number() const { return is_int_ ? static_cast<double>(int_) : num_; }
  const std::string& as_string() const { return str_; }
  const std::vector<Value>& items() const { return items_; }
  const std::vector<Member>& members() const { return members_; }
  /// The member named `key` of an object, or nullptr.
  const Value* find(std::string_view key) const;

  void push_back(Value v) { items_.push_back(std::move(v)); }
  /// Adds or replaces member `key` of an object.
  void set(std::string key, Value v);
  /// Removes member `key`; returns whether it was there.
  bool erase(std::string_view key);

 private:
  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  bool is_int_ = false;
  std::int64_t int_ = 0;
  double num_ = 0;
  std::string str_;
  std::vector<Value> items_;
  std::vector<Member> members_;
};

struct Value::Member {
  std::string key;
  Value value;
};

}  // namespace printcam::json
