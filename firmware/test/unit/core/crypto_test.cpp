#include <string>

#include "catch2_compat.hpp"
#include "core/crypto/password_hash.hpp"
#include "core/crypto/sha256.hpp"
#include "core/util/crc32.hpp"

using namespace printcam;

namespace {
std::string hex(const crypto::Digest& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (auto b : d) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xf]);
  }
  return out;
}
void counting_random(std::uint8_t* out, std::size_t n) {
  static std::uint8_t next = 1;
  for (std::size_t i = 0; i < n; ++i) out[i] = next++;
}
}  // namespace

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors") {
  CHECK(hex(crypto::sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex(crypto::sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex(crypto::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  crypto::Sha256 million;
  const std::string chunk(1000, 'a');
  for (int i = 0; i < 1000; ++i) million.update(chunk);
  CHECK(hex(million.finish()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("HMAC-SHA256 and PBKDF2-HMAC-SHA256 match the RFC 4231 and RFC 7914 vectors") {
  CHECK(hex(crypto::hmac_sha256("Jefe", "what do ya want for nothing?")) ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  CHECK(hex(crypto::hmac_sha256(std::string(131, '\xaa'),
                                "Test Using Larger Than Block-Size Key - Hash Key First")) ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  CHECK(hex(crypto::pbkdf2_sha256("passwd", "salt", 1)).substr(0, 32) == "55ac046e56e3089fec1691c22544b605");
  CHECK(hex(crypto::pbkdf2_sha256("password", "salt", 4096)) ==
        "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

TEST_CASE("A hashed password verifies, a wrong one does not, and each hash has its own salt") {
  const std::string a = crypto::hash_password("correct horse", counting_random, 100);
  const std::string b = crypto::hash_password("correct horse", counting_random, 100);
  CHECK(a != b);
  CHECK(a.rfind("pbkdf2-sha256$100$", 0) == 0);
  CHECK(a.find("correct") == std::string::npos);
  CHECK(crypto::is_password_hash(a));
  CHECK(crypto::verify_password("correct horse", a));
  CHECK(crypto::verify_password("correct horse", b));
  CHECK_FALSE(crypto::verify_password("correct horsf", a));
  CHECK_FALSE(crypto::verify_password("", a));
}

TEST_CASE("A malformed password record never verifies") {
  for (const char* bad :
       {"", "plain", "pbkdf2-sha256$0$00$00", "md5$1$00$", "pbkdf2-sha256$10$zz$00",
        "pbkdf2-sha256$99999999$00$0000000000000000000000000000000000000000000000000000000000000000"}) {
    INFO(bad);
    CHECK_FALSE(crypto::is_password_hash(bad));
    CHECK_FALSE(crypto::verify_password("", bad));
  }
}

TEST_CASE("CRC-32 matches the standard check value and chains") {
  const std::string s = "123456789";
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  CHECK(util::crc32(p, s.size()) == 0xCBF43926u);
  CHECK(util::crc32(p + 4, 5, util::crc32(p, 4)) == 0xCBF43926u);
}
