#pragma once
// A whole DeviceApp over fake ports, with the auth settings under the test's control.

#include <string>
#include <vector>

#include "core/app/device_app.hpp"
#include "core/auth/constant_time.hpp"
#include "fakes/fake_camera.hpp"
#include "fakes/fake_clock.hpp"
#include "fakes/fake_http.hpp"
#include "fakes/fake_http_client.hpp"
#include "fakes/fake_kv_store.hpp"
#include "fakes/fake_led.hpp"
#include "fakes/fake_network.hpp"
#include "fakes/fake_storage.hpp"
#include "fakes/fake_system.hpp"

namespace printcam::fakes {

struct FakeDevice {
  FakeClock clock;
  FakeSystem system;
  FakeNetwork network;
  FakeCamera camera;
  FakeLed led;
  NoCardStorage storage;
  FakeKvStore kv;
  FakeHttpClient http;
  std::string password;
  bool public_viewing = false;
  std::vector<std::string> origins{"https://app.example"};
  app::DeviceApp app{app::DevicePorts{clock, system, network, camera, led, storage, kv, http}, config()};

  explicit FakeDevice(std::string admin_password = "") : password(std::move(admin_password)) {}
  ~FakeDevice() { app.shutdown(); }

  /// Sends `req` through the whole app, as the platform's server would.
  FakeResponse call(FakeRequest req, std::size_t chunk_limit = SIZE_MAX) {
    FakeResponse res;
    res.chunk_limit = chunk_limit;
    app.handle(req, res);
    return res;
  }

 private:
  app::DeviceConfig config() {
    app::DeviceConfig c;
    c.auth.has_password = [this] { return !password.empty(); };
    c.auth.check_password = [this](std::string_view p) { return auth::constant_time_equals(password, p); };
    c.auth.public_viewing = [this] { return public_viewing; };
    c.allowed_origins = [this] { return origins; };
    return c;
  }
};

}  // namespace printcam::fakes
