#include "core/http/reason_phrase.hpp"

#include "catch2_compat.hpp"

using printcam::http::reason_phrase;

TEST_CASE("reason_phrase names the statuses the API answers with") {
  CHECK(reason_phrase(200) == "OK");
  CHECK(reason_phrase(304) == "Not Modified");
  CHECK(reason_phrase(404) == "Not Found");
  CHECK(reason_phrase(503) == "Service Unavailable");
}

TEST_CASE("reason_phrase gives a neutral word for a status it does not know") {
  CHECK(reason_phrase(299) == "Status");
}
