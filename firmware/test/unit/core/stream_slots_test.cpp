#include "core/media/stream_slots.hpp"

#include <optional>
#include <vector>

#include "catch2_compat.hpp"

using printcam::media::StreamSlots;

TEST_CASE("Stream slots admit up to the limit and free a slot when a client leaves") {
  StreamSlots slots(2);
  std::optional<StreamSlots::Slot> a = slots.try_acquire();
  std::optional<StreamSlots::Slot> b = slots.try_acquire();
  CHECK(a.has_value());
  CHECK(b.has_value());
  CHECK(slots.in_use() == 2);
  CHECK_FALSE(slots.try_acquire().has_value());
  a.reset();
  CHECK(slots.in_use() == 1);
  CHECK(slots.try_acquire().has_value());
  CHECK(slots.in_use() == 1);  // The temporary slot above was freed at once.
}

TEST_CASE("Lowering the stream limit keeps current clients and admits nobody new") {
  StreamSlots slots(3);
  std::vector<StreamSlots::Slot> held;
  for (int i = 0; i < 3; ++i) held.push_back(*slots.try_acquire());
  slots.set_max(1);
  CHECK(slots.in_use() == 3);
  CHECK_FALSE(slots.try_acquire().has_value());
  held.clear();
  CHECK(slots.try_acquire().has_value());
}
