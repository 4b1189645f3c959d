#include "core/http/query.hpp"

#include "catch2_compat.hpp"

using printcam::http::form_decode;
using printcam::http::kMaxQueryLength;
using printcam::http::kMaxQueryParams;
using printcam::http::Query;

TEST_CASE("The query parser decodes percent escapes and plus signs like URLSearchParams") {
  std::string error;
  const auto q = Query::parse("name=Printer+cam%C3%A9&x=%2B1%26&empty=&flag", error);
  REQUIRE(q);
  CHECK(q->get("name") == std::string_view("Printer camé"));
  CHECK(q->get("x") == std::string_view("+1&"));
  CHECK(q->get("empty") == std::string_view(""));
  CHECK(q->get("flag") == std::string_view(""));
  CHECK_FALSE(q->get("missing"));
}

TEST_CASE("The first of duplicated parameters wins, and all() returns every one in order") {
  std::string error;
  const auto q = Query::parse("id=1&&id=2&other=x&id=3", error);
  REQUIRE(q);
  CHECK(q->get("id") == std::string_view("1"));
  CHECK(q->all("id") == std::vector<std::string_view>{"1", "2", "3"});
  CHECK(q->params().size() == 4);
}

TEST_CASE("Malformed escapes are refused with a message") {
  std::string error;
  CHECK_FALSE(Query::parse("a=%", error));
  CHECK(error.find("%-escape") != std::string::npos);
  CHECK_FALSE(Query::parse("a=%4", error));
  CHECK_FALSE(Query::parse("a=%zz", error));
  CHECK_FALSE(form_decode("%G0"));
  CHECK(form_decode("%41%62") == std::string("Ab"));
}

TEST_CASE("Queries over the length or parameter bounds are refused") {
  std::string error;
  CHECK_FALSE(Query::parse(std::string(kMaxQueryLength + 1, 'a'), error));
  CHECK_FALSE(error.empty());
  std::string many;
  for (std::size_t i = 0; i <= kMaxQueryParams; ++i) many += "p" + std::to_string(i) + "=1&";
  CHECK_FALSE(Query::parse(many, error));
  CHECK(Query::parse("", error));
}
