#pragma once

#include <string>
#include <string_view>

namespace printcam::auth {

/// The credentials an `Authorization` header carries.
struct Credentials {
  enum class Scheme {
    kNone,     ///< No header.
    kBasic,    ///< `user` and `password` hold the decoded pair.
    kBearer,   ///< `token` holds the token.
    kInvalid,  ///< Present but unreadable: unknown scheme, bad base64, no ':' in the pair.
  };
  Scheme scheme = Scheme::kNone;
  std::string user;
  std::string password;
  std::string token;
};

/// Longest header read; longer ones are kInvalid (a Basic pair of 64-byte user and password
/// and a 64-hex-digit token both fit many times over).
inline constexpr std::size_t kMaxAuthorizationHeader = 1024;

/// Parses an `Authorization` header value (RFC 9110 §11.6.2, RFC 7617, RFC 6750 §2.1). The
/// scheme is case-insensitive and may be followed by several spaces.
Credentials parse_authorization(std::string_view value);

}  // namespace printcam::auth
