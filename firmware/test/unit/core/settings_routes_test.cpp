#include "core/settings/settings_routes.hpp"

#include <string>

#include "catch2_compat.hpp"
#include "core/http/access_policy.hpp"
#include "fakes//fake_http.hpp"
#include "fakes/fake_kv_store.hpp"
#include "fakes/settings_helpers.hpp"
#include "generated/settings_schema.hpp"

using namespace printcam;
using fakes::FakeRequest;
using fakes::FakeResponse;

namespace {
struct Fixture {
  fakes::FakeKvStore kv;
  settings::SettingsStore store{kv, fakes::counting_random, fakes::fast_options()};
  http::OpenAccess open_access;
  http::Router router{open_access};
  int resets = 0;
  Fixture() {
    store.load();
    settings::register_settings_routes(router, store, [this] { ++resets; });
  }
  FakeResponse call(const std::string& method, const std::string& path, std::string body = {},
                    std::string type = "application/json") {
    FakeRequest req(method, path, std::move(body));
    if (!type.empty()) req.with_header("Content-Type", type);
    FakeResponse res;
    router.handle(req, res);
    return res;
  }
};
bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("Every settings route is admin-only") {
  Fixture f;
  REQUIRE(f.router.routes().size() == 4);
  for (const http::Route& r : f.router.routes()) CHECK(r.access == http::Access::kAdmin);
}

TEST_CASE("GET /api/schema serves the generated schema as is") {
  Fixture f;
  const FakeResponse res = f.call("GET", "/api/schema");
  CHECK(res.status == 200);
  CHECK(res.header("Content-Type") == "application/json");
  CHECK(res.body == generated::kSettingsSchemaJson);
}

TEST_CASE("PATCH /api/settings applies good settings and answers with the values") {
  Fixture f;
  FakeResponse res =
      f.call("PATCH", "/api/settings", R"({"upload.interval_s":90,"upload.token":"abcdeABCDE0123456789"})");
  CHECK(res.status == 200);
  CHECK(contains(res.body, R"("upload.interval_s":90)"));
  CHECK(contains(res.body, R"("upload.token":{"set":true})"));
  CHECK_FALSE(contains(res.body, "abcdeABCDE"));
  CHECK(contains(res.body, R"("reboot_required":false)"));
  res = f.call("GET", "/api/settings");
  CHECK(contains(res.body, R"({"values":{"camera.frame_size":"SVGA")"));
}

TEST_CASE("PATCH /api/settings with bad fields answers 400 naming each one and changes nothing") {
  Fixture f;
  const std::string before = f.call("GET", "/api/settings").body;
  const FakeResponse res = f.call("PATCH", "/api/settings",
                                  R"({"upload.interval_s":90,"camera.rotation":45,"light.flash_ms":"x"})");
  CHECK(res.status == 400);
  const json::Value doc = fakes::parse_json(res.body);
  const json::Value& error = *doc.find("error");
  CHECK(error.find("code")->as_string() == "invalid_settings");
  CHECK(error.find("field")->as_string() == "camera.rotation");
  CHECK(error.find("message")->as_string() ==
        "Nothing was changed: camera.rotation must be 0 plus a multiple of 90 (and 1 more).");
  const auto& fields = error.find("fields")->items();
  REQUIRE(fields.size() == 2);
  CHECK(fields[1].find("field")->as_string() == "light.flash_ms");
  CHECK(fields[1].find("code")->as_string() == "wrong_type");
  CHECK(f.call("GET", "/api/settings").body == before);
}

TEST_CASE("PATCH /api/settings with malformed JSON answers 400 invalid_json with the position") {
  Fixture f;
  const FakeResponse res = f.call("PATCH", "/api/settings", R"({"upload.interval_s" 90})");
  CHECK(res.status == 400);
  CHECK(
      res.body ==
      R"({"error":{"code":"invalid_json","message":"Invalid JSON at byte 21: expected ':' after an object key.","position":21}})");
}

TEST_CASE("PATCH /api/settings refuses a body over 8 KB with 413 and a non-object with 400") {
  Fixture f;
  const std::string big = R"({"system.name":")" + std::string(9000, 'x') + "\"}";
  CHECK(f.call("PATCH", "/api/settings", big).status == 413);
  const FakeResponse res = f.call("PATCH", "/api/settings", "[]");
  CHECK(res.status == 400);
  CHECK(contains(res.body, R"("code":"not_an_object")"));
}

TEST_CASE("A storage failure answers 500 and nothing changes") {
  Fixture f;
  f.kv.fail_writes = ports::KvStatus::kIoError;
  const FakeResponse res = f.call("PATCH", "/api/settings", R"({"upload.interval_s":90})");
  CHECK(res.status == 500);
  CHECK(contains(res.body, "storage_failed"));
  CHECK(f.store.get_int("upload.interval_s") == 30);
}

TEST_CASE("POST /api/factory-reset needs JSON and the confirmation, then resets and answers 202") {
  Fixture f;
  REQUIRE(f.call("PATCH", "/api/settings", R"({"upload.interval_s":90})").status == 200);
  CHECK(f.call("POST", "/api/factory-reset", R"({"confirm":"factory-reset"})", "text/plain").status == 415);
  FakeResponse res = f.call("POST", "/api/factory-reset", R"({"confirm":"yes"})");
  CHECK(res.status == 400);
  CHECK(contains(res.body, R"("code":"confirmation_required")"));
  CHECK(f.store.get_int("upload.interval_s") == 90);
  CHECK(f.resets == 0);
  res = f.call("POST", "/api/factory-reset", R"({"confirm":"factory-reset"})",
               "application/json; charset=utf-8");
  CHECK(res.status == 202);
  CHECK(f.store.get_int("upload.interval_s") == 30);
  CHECK(f.resets == 1);
}
