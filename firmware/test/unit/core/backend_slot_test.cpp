// The console's backend slot: commands reach the attached backend, wait while none is, and never
// reach one that was detached.

#include "core/console/backend_slot.hpp"

#include <future>
#include <thread>

#include "catch2_compat.hpp"
#include "fakes/fake_console_backend.hpp"

using namespace printcam;

TEST_CASE("The backend slot forwards to the attached backend, then to the next one") {
  console::BackendSlot slot;
  fakes::FakeConsoleBackend first, second;
  second.settings["system.name"] = "second";
  slot.attach(first);
  CHECK(slot.get_setting_json("system.name") == std::string("\"printcam\""));
  slot.reboot();
  CHECK(first.reboots == 1);
  slot.detach();
  slot.attach(second);
  CHECK(slot.get_setting_json("system.name") == std::string("\"second\""));
  CHECK(first.reboots == 1);
}

TEST_CASE("A command sent while no backend is attached waits for the next one") {
  console::BackendSlot slot;
  fakes::FakeConsoleBackend backend;
  auto answer = std::async(std::launch::async, [&slot] { return slot.set_setting("system.name", "later"); });
  // No wait-time assertion: the command can only finish once a backend is there.
  slot.attach(backend);
  CHECK_FALSE(answer.get());
  CHECK(backend.settings["system.name"] == "later");
}

TEST_CASE("A closed backend slot refuses, including a command already waiting") {
  console::BackendSlot slot;
  auto waiting = std::async(std::launch::async, [&slot] { return slot.factory_reset(); });
  slot.close();
  const auto refused = waiting.get();
  REQUIRE(refused);
  CHECK(refused->code == "shutting_down");
  CHECK(slot.wifi_state().phase == console::WifiPhase::Failed);
}
