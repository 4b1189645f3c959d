#include "core/media/frame_sizes.hpp"

namespace printcam::media {

const FrameSize* find_frame_size(std::string_view name) {
  for (const FrameSize& s : kFrameSizes) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

}  // namespace printcam::media
