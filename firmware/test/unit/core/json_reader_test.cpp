#include "core/json/json_reader.hpp"

#include <string>

#include "catch2_compat.hpp"
#include "core/json/json_writer.hpp"

using printcam::json::Limits;
using printcam::json::parse;
using printcam::json::ParseError;
using printcam::json::Value;

namespace {
Value must_parse(std::string_view text) {
  Value v;
  ParseError e;
  INFO(text);
  REQUIRE(parse(text, v, e));
  return v;
}

ParseError must_fail(std::string_view text, const Limits& limits = {}) {
  Value v;
  ParseError e;
  INFO(text);
  REQUIRE_FALSE(parse(text, v, e, limits));
  return e;
}
}  // namespace

TEST_CASE("The JSON reader parses objects, arrays and every scalar kind") {
  const Value v = must_parse(R"( {"a": 1, "b": [true, false, null], "c": "x", "d": -2.5e1, "e": {}} )");
  REQUIRE(v.is_object());
  CHECK(v.members().size() == 5);
  CHECK(v.find("a")->is_integer());
  CHECK(v.find("a")->as_int() == 1);
  CHECK(v.find("b")->items().size() == 3);
  CHECK(v.find("b")->items()[2].is_null());
  CHECK(v.find("c")->as_string() == "x");
  CHECK_FALSE(v.find("d")->is_integer());
  CHECK(v.find("d")->as_number() == -25.0);
  CHECK(v.find("e")->is_object());
  CHECK(v.find("zzz") == nullptr);
}

TEST_CASE("The JSON reader keeps 64-bit integers exact and turns larger ones into doubles") {
  CHECK(must_parse("9223372036854775807").as_int() == INT64_MAX);
  CHECK(must_parse("-9223372036854775808").as_int() == INT64_MIN);
  const Value big = must_parse("9223372036854775808");
  CHECK_FALSE(big.is_integer());
  CHECK(big.as_number() == Approx(9.223372036854775808e18));
  CHECK_FALSE(must_parse("1.0").is_integer());
}

TEST_CASE("The JSON reader decodes escapes, including surrogate pairs, into UTF-8") {
  CHECK(must_parse(R"("a\"b\\c\/d\n\t")").as_string() == "a\"b\\c/d\n\t");
  CHECK(must_parse(R"("\u00e9")").as_string() == "\xc3\xa9");
  CHECK(must_parse(R"("\ud83d\ude00")").as_string() == "\xf0\x9f\x98\x80");
  CHECK(must_parse("\"caf\xc3\xa9\"").as_string() == "caf\xc3\xa9");
}

TEST_CASE("The JSON reader reports the exact byte offset of each kind of error") {
  struct Case {
    const char* text;
    std::size_t offset;
    const char* message;
  };
  const Case cases[] = {
      {"", 0, "unexpected end of input; expected a JSON value"},
      {"{\"a\" 1}", 5, "expected ':' after an object key"},
      {"{\"a\":1,}", 7, "expected a quoted object key"},
      {"{\"a\":1 \"b\":2}", 7, "expected ',' or '}' after an object member"},
      {"[1 2]", 3, "expected ',' or ']' after an array item"},
      {"{\"a\":1,\"a\":2}", 7, "duplicate object key"},
      {"01", 1, "leading zeros are not allowed"},
      {"1.", 2, "expected a digit"},
      {"-", 1, "expected a JSON value"},
      {"tru", 0, "unknown word; expected a JSON value"},
      {"\"abc", 4, "unterminated string"},
      {"\"a\x01\"", 2, "control character in a string; escape it"},
      {"\"\\x\"", 2, "unknown escape"},
      {"\"\\u12g4\"", 5, "expected 4 hex digits after \\u"},
      {"\"\\udc00\"", 1, "lone low surrogate in a \\u escape"},
      {"\"\\ud800x\"", 1, "high surrogate without its low half"},
      {"\"\xc0\xaf\"", 1, "invalid UTF-8 in a string"},
      {"\"\xed\xa0\x80\"", 1, "invalid UTF-8 in a string"},
      {"{} x", 3, "unexpected data after the JSON value"},
      {"[6.0e334600388]", 1, "number out of range"},
  };
  for (const Case& c : cases) {
    const ParseError e = must_fail(c.text);
    INFO(c.text);
    CHECK(e.offset == c.offset);
    CHECK(e.message == c.message);
  }
}

TEST_CASE("The JSON reader refuses input deeper or larger than its limits") {
  Limits limits;
  limits.max_depth = 3;
  must_parse("[[[]]]");
  CHECK(must_fail("[[[[]]]]", limits).message == "nested too deeply");
  CHECK(must_fail("[[[[]]]]", limits).offset == 3);
  CHECK(must_fail(std::string(100000, '['), Limits{}).message == "input too large");
  limits.max_bytes = 4;
  CHECK(must_fail("[1,2]", limits).message == "input too large");
}

TEST_CASE("The JSON writer places commas and escapes, and round-trips a parsed document") {
  printcam::json::Writer w;
  w.begin_object().key("a").value(1).key("b").begin_array().value(true).null().value("q\"").end_array();
  w.key("c").begin_object().end_object().end_object();
  CHECK(w.str() == R"({"a":1,"b":[true,null,"q\""],"c":{}})");

  const std::string text = R"({"x":[1,-2.5,"\u00e9",{"y":false}],"z":null})";
  printcam::json::Writer again;
  again.value(must_parse(text));
  CHECK(again.str() == "{\"x\":[1,-2.5,\"\xc3\xa9\",{\"y\":false}],\"z\":null}");
}

TEST_CASE("Negative zero is written as 0, so writing what was read is stable (fuzz finding)") {
  printcam::json::Writer once;
  once.value(must_parse("-0e9"));
  CHECK(once.str() == "0");
  printcam::json::Writer twice;
  twice.value(must_parse(once.str()));
  CHECK(twice.str() == once.str());
}
