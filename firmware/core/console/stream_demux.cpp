#include "core/console/stream_demux.hpp"

namespace printcam::console {

void StreamDemux::release_magic(std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) sink_.on_text(static_cast<std::uint8_t>(improv::kMagic[i]));
}

// "IMPROV" has no proper prefix that is also a suffix, so on a mismatch the held bytes are all
// text and only the current byte can start a new match.
void StreamDemux::feed_text(std::uint8_t byte) {
  if (byte == static_cast<std::uint8_t>(improv::kMagic[magic_matched_])) {
    if (++magic_matched_ == improv::kMagicLength) {
      magic_matched_ = 0;
      phase_ = Phase::Header;
      header_.clear();
      data_.clear();
    }
    return;
  }
  release_magic(magic_matched_);
  magic_matched_ = 0;
  if (byte == static_cast<std::uint8_t>(improv::kMagic[0])) {
    magic_matched_ = 1;
  } else {
    sink_.on_text(byte);
  }
}

void StreamDemux::feed(std::uint8_t byte, std::uint64_t now_ms) {
  if (phase_ != Phase::Text && now_ms - last_byte_ms_ >= kPacketStallMs) {
    phase_ = Phase::Text;
    sink_.on_bad_packet();
  }
  last_byte_ms_ = now_ms;
  switch (phase_) {
    case Phase::Text:
      feed_text(byte);
      return;
    case Phase::Header:
      if (header_.empty() && byte != improv::kVersion) {
        // Another version's packet is not ours to interpret: it was text after all.
        phase_ = Phase::Text;
        release_magic(improv::kMagicLength);
        feed_text(byte);
        return;
      }
      header_.push_back(byte);
      if (header_.size() == 3) phase_ = header_[2] == 0 ? Phase::Checksum : Phase::Data;
      return;
    case Phase::Data:
      data_.push_back(byte);
      if (data_.size() == header_[2]) phase_ = Phase::Checksum;
      return;
    case Phase::Checksum: {
      phase_ = Phase::Text;
      improv::Bytes whole(improv::kMagic, improv::kMagic + improv::kMagicLength);
      whole.insert(whole.end(), header_.begin(), header_.end());
      whole.insert(whole.end(), data_.begin(), data_.end());
      if (improv::checksum(whole.data(), whole.size()) == byte) {
        sink_.on_packet(header_[1], data_);
      } else {
        sink_.on_bad_packet();
      }
      return;
    }
  }
}

}  // namespace printcam::console
