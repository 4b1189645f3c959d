#include "core/json/json_member.hpp"

#include "catch2_compat.hpp"

using printcam::json::string_member;

TEST_CASE("string_member finds a top-level string and unescapes it") {
  std::string error;
  const auto v = string_member(
      R"( {"user":{"password":"no"},"password":"p\"\\\/\n\u00e9\ud83d\ude00", "n":[1,2.5e3,-0.1,true,null]} )",
      "password", error);
  REQUIRE(v);
  CHECK(*v == "p\"\\/\n\xC3\xA9\xF0\x9F\x98\x80");
  CHECK(error.empty());
}

TEST_CASE("string_member reports a missing key without an error, and a later duplicate wins") {
  std::string error;
  CHECK_FALSE(string_member(R"({"other":"x"})", "password", error));
  CHECK(error.empty());
  CHECK(string_member(R"({"password":"a","password":"b"})", "password", error) == std::string("b"));
}

TEST_CASE("string_member refuses malformed JSON, non-objects and non-string values with a message") {
  for (const char* bad :
       {"", "[]", "\"x\"", "{", R"({"password":"x")", R"({"password":"x",})", R"({"password":1})",
        R"({"password":"a\qb"})", R"({"password":"\ud800"})", R"({"a":01})", R"({"a":tru})",
        "{\"password\":\"a\x01\"}", R"({"a":"b"} x)", R"({"a":[1,]})"}) {
    std::string error;
    CHECK_FALSE(string_member(bad, "password", error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("string_member refuses documents nested deeper than its limit") {
  std::string deep = "{\"a\":";
  for (int i = 0; i < 100; ++i) deep += "[";
  std::string error;
  CHECK_FALSE(string_member(deep, "password", error));
  CHECK(error.find("deeply") != std::string::npos);
}
