#include "core/auth/authorization_header.hpp"

#include "catch2_compat.hpp"
#include "core/auth/base64.hpp"
#include "core/auth/constant_time.hpp"

using printcam::auth::base64_decode;
using printcam::auth::constant_time_equals;
using printcam::auth::Credentials;
using printcam::auth::parse_authorization;

TEST_CASE("base64 decodes RFC 4648 test vectors with and without padding") {
  CHECK(base64_decode("") == std::string());
  CHECK(base64_decode("Zg==") == std::string("f"));
  CHECK(base64_decode("Zm8=") == std::string("fo"));
  CHECK(base64_decode("Zm9v") == std::string("foo"));
  CHECK(base64_decode("Zm9vYmFy") == std::string("foobar"));
  CHECK(base64_decode("Zm9vYg") == std::string("foob"));
}

TEST_CASE("base64 refuses bad characters, a lone trailing character, wrong padding and non-zero spare bits") {
  CHECK_FALSE(base64_decode("Zm9v!"));
  CHECK_FALSE(base64_decode("Zm9vY"));
  CHECK_FALSE(base64_decode("Zg="));
  CHECK_FALSE(base64_decode("Zh=="));
  CHECK_FALSE(base64_decode("Zm 9v"));
  CHECK_FALSE(base64_decode("Zm-_"));
}

TEST_CASE("A Basic header yields the user and the password split at the first colon") {
  // "admin:pa:ss" — a password may itself contain colons (RFC 7617 §2).
  const Credentials c = parse_authorization("Basic YWRtaW46cGE6c3M=");
  CHECK(c.scheme == Credentials::Scheme::kBasic);
  CHECK(c.user == "admin");
  CHECK(c.password == "pa:ss");
}

TEST_CASE("The scheme is case-insensitive and may be followed by several spaces") {
  CHECK(parse_authorization("bAsIc   YWRtaW46eA==").scheme == Credentials::Scheme::kBasic);
  const Credentials c = parse_authorization("bearer  abc.DEF-123_~+/=");
  CHECK(c.scheme == Credentials::Scheme::kBearer);
  CHECK(c.token == "abc.DEF-123_~+/=");
}

TEST_CASE("Unknown schemes, Basic without a colon, and Bearer with bad characters are invalid") {
  CHECK(parse_authorization("Digest abc").scheme == Credentials::Scheme::kInvalid);
  CHECK(parse_authorization("Basic YWRtaW4=").scheme == Credentials::Scheme::kInvalid);  // "admin"
  CHECK(parse_authorization("Basic").scheme == Credentials::Scheme::kInvalid);
  CHECK(parse_authorization("Bearer a b").scheme == Credentials::Scheme::kInvalid);
  CHECK(parse_authorization("Bearer ").scheme == Credentials::Scheme::kInvalid);
  CHECK(parse_authorization("Basic " + std::string(2000, 'A')).scheme == Credentials::Scheme::kInvalid);
}

TEST_CASE("Constant-time comparison is plain equality in its results") {
  CHECK(constant_time_equals("secret", "secret"));
  CHECK_FALSE(constant_time_equals("secret", "secreT"));
  CHECK_FALSE(constant_time_equals("secret", "secret1"));
  CHECK_FALSE(constant_time_equals("secret", "secre"));
  CHECK_FALSE(constant_time_equals("secret", ""));
  CHECK_FALSE(constant_time_equals("", "x"));
  CHECK(constant_time_equals("", ""));
}
