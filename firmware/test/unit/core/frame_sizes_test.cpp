#include "core/media/frame_sizes.hpp"

#include <set>
#include <string_view>

#include "catch2_compat.hpp"

using printcam::media::find_frame_size;
using printcam::media::kFrameSizes;

TEST_CASE("Frame sizes are found by the driver's names with their pixel sizes") {
  REQUIRE(find_frame_size("VGA") != nullptr);
  CHECK(find_frame_size("VGA")->width == 640);
  CHECK(find_frame_size("VGA")->height == 480);
  CHECK(find_frame_size("UXGA")->width == 1600);
  CHECK(find_frame_size("96X96")->height == 96);
  CHECK(find_frame_size("P_HD")->width == 720);
  CHECK(find_frame_size("5MP")->height == 1944);
}

TEST_CASE("Frame size lookup rejects unknown and wrongly cased names") {
  CHECK(find_frame_size("vga") == nullptr);
  CHECK(find_frame_size("") == nullptr);
  CHECK(find_frame_size("8") == nullptr);
}

TEST_CASE("Every frame size name is unique") {
  std::set<std::string_view> names;
  for (const auto& s : kFrameSizes) names.insert(s.name);
  CHECK(names.size() == std::size(kFrameSizes));
  CHECK(names.size() == 25);
}
