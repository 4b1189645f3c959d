#pragma once

#include <atomic>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "ports/clock.hpp"

namespace printcam::log {

enum class Level { kError, kWarn, kInfo, kDebug };

/// "error", "warn", "info", "debug".
const char* level_name(Level level);
/// The level named by level_name(); info for any other text.
Level level_from_name(std::string_view name);

struct Line {
  std::uint64_t seq;    ///< 1, 2, 3…: the cursor for GET /api/logs?since= and SSE.
  std::int64_t t;       ///< Unix seconds, 0 before the clock was set.
  std::uint64_t up_ms;  ///< Milliseconds since boot: orders lines even before time is known.
  Level level;
  std::string msg;
};

/// The device log: the newest lines within a fixed byte budget, in RAM. Every service logs
/// here; GET /api/logs reads it, subscribers (the SSE stream, the serial console) see each line
/// as it is written. Safe to use from any thread.
class LogBuffer {
 public:
  /// Longer messages are cut: one runaway line must not push out all the others.
  static constexpr std::size_t kMaxMessage = 240;
  /// Bytes a line costs beyond its text (the Line fields and the deque's bookkeeping), so the
  /// budget bounds real memory, not only text.
  static constexpr std::size_t kLineOverhead = 48;

  using Subscriber = std::function<void(const Line&)>;

  LogBuffer(const ports::Clock& clock, std::size_t capacity_bytes)
      : clock_(clock), capacity_(capacity_bytes) {}

  /// Lines less severe than `level` are dropped from now on (`system.log_level`); info at first.
  void set_threshold(Level level) { threshold_.store(level); }
  bool enabled(Level level) const { return level <= threshold_.load(); }

  /// printf-style; the line is stored, then handed to every subscriber, unless its level is below
  /// the threshold.
  void log(Level level, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  void vlog(Level level, const char* fmt, std::va_list args) __attribute__((format(printf, 3, 0)));

  /// Lines with seq > `since`, oldest first, at most `max`. `*missed` (optional) reports
  /// whether lines after `since` were already pushed out of the buffer.
  std::vector<Line> since(std::uint64_t since, std::size_t max, bool* missed = nullptr) const;
  /// The seq the next line will get.
  std::uint64_t next_seq() const;
  std::size_t bytes_used() const;

  /// Calls `fn` for every later line, on the logging thread, after the buffer's own lock is
  /// released; `fn` must not log itself. Returns an id for unsubscribe().
  int subscribe(Subscriber fn);
  void unsubscribe(int id);

 private:
  const ports::Clock& clock_;
  const std::size_t capacity_;
  std::atomic<Level> threshold_{Level::kInfo};
  mutable std::mutex mu_;
  std::deque<Line> lines_;
  std::size_t used_ = 0;
  std::uint64_t next_seq_ = 1;
  std::mutex subscribers_mu_;
  std::vector<std::pair<int, Subscriber>> subscribers_;
  int next_subscriber_ = 1;
};

}  // namespace printcam::log
