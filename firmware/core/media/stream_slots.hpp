#pragma once
// The stream client limit. Each MJPEG client holds one sender (a task on the ESP32) and a socket
// for as long as it watches, so their number is capped; a client over the cap gets a clean 503.

#include <cstddef>
#include <mutex>
#include <optional>

namespace printcam::media {

/// Four viewers fit the ESP32's default socket budget with room for the UI and API requests
/// (esp_http_server's max_open_sockets is 7 by default).
inline constexpr std::size_t kDefaultMaxStreamClients = 4;

class StreamSlots {
 public:
  /// One admitted client; frees its slot when destroyed.
  class Slot {
   public:
    Slot(Slot&& other) noexcept;
    Slot(const Slot&) = delete;
    ~Slot();

   private:
    friend class StreamSlots;
    explicit Slot(StreamSlots* owner) : owner_(owner) {}
    StreamSlots* owner_;
  };

  explicit StreamSlots(std::size_t max = kDefaultMaxStreamClients) : max_(max) {}
  /// A slot, or nullopt when all are taken.
  std::optional<Slot> try_acquire();
  std::size_t in_use() const;
  std::size_t max() const;
  /// Lowering the cap admits nobody new until enough clients leave; current ones stay.
  void set_max(std::size_t max);

 private:
  mutable std::mutex mu_;
  std::size_t max_;
  std::size_t in_use_ = 0;
};

}  // namespace printcam::media
