// The simulated setup button: pressed while its file exists.

#include "platform/host/file_button.hpp"

#include <cstdio>
#include <filesystem>

#include "catch2_compat.hpp"
#include "core/app/setup_button.hpp"
#include "fakes/temp_dir.hpp"

TEST_CASE("The simulated button reads pressed while its file exists, released otherwise") {
  const std::filesystem::path path = std::filesystem::path(printcam::fakes::temp_dir("button")) / "button";
  const printcam::host::FileButton button(path.string());
  CHECK(button.level() != printcam::app::kButtonPressedLevel);
  std::FILE* f = std::fopen(path.c_str(), "w");
  REQUIRE(f != nullptr);
  std::fclose(f);
  CHECK(button.level() == printcam::app::kButtonPressedLevel);
  std::filesystem::remove(path);
  CHECK(button.level() != printcam::app::kButtonPressedLevel);
}
