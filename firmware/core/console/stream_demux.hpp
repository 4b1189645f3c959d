#pragma once
// Splits the console's input into Improv packets and text. An Improv packet is recognised
// wherever its magic "IMPROV" begins, even mid-line; every other byte is text, in order. Bytes
// held while the magic might be starting are released as text as soon as it is not.

#include <cstdint>

#include "core/console/improv_protocol.hpp"

namespace printcam::console {

class DemuxSink {
 public:
  virtual ~DemuxSink() = default;
  virtual void on_text(std::uint8_t byte) = 0;
  /// A whole packet of version 1 whose checksum matched.
  virtual void on_packet(std::uint8_t type, const improv::Bytes& data) = 0;
  /// A packet of version 1 whose checksum did not match, or that stalled half-way.
  virtual void on_bad_packet() = 0;
};

class StreamDemux {
 public:
  /// A packet whose bytes stop coming for this long is dropped (and reported as bad): the SDK
  /// writes a packet in one call, so a gap this long means the sender went away mid-packet,
  /// and waiting longer would swallow the text commands typed after it.
  static constexpr std::uint64_t kPacketStallMs = 1000;

  explicit StreamDemux(DemuxSink& sink) : sink_(sink) {}
  void feed(std::uint8_t byte, std::uint64_t now_ms);

 private:
  enum class Phase { Text, Header, Data, Checksum };
  void release_magic(std::size_t count);
  void feed_text(std::uint8_t byte);

  DemuxSink& sink_;
  Phase phase_ = Phase::Text;
  std::size_t magic_matched_ = 0;
  improv::Bytes header_;  ///< version, type, length
  improv::Bytes data_;
  std::uint64_t last_byte_ms_ = 0;
};

}  // namespace printcam::console
