#include "core/log/log_buffer.hpp"

#include <algorithm>
#include <cstdio>

namespace printcam::log {

const char* level_name(Level level) {
  switch (level) {
    case Level::kError:
      return "error";
    case Level::kWarn:
      return "warn";
    case Level::kDebug:
      return "debug";
    case Level::kInfo:
      break;
  }
  return "info";
}

Level level_from_name(std::string_view name) {
  for (const Level level : {Level::kError, Level::kWarn, Level::kDebug}) {
    if (name == level_name(level)) return level;
  }
  return Level::kInfo;
}

void LogBuffer::log(Level level, const char* fmt, ...) {
  std::va_list args;
  va_start(args, fmt);
  vlog(level, fmt, args);
  va_end(args);
}

void LogBuffer::vlog(Level level, const char* fmt, std::va_list args) {
  if (!enabled(level)) return;
  char text[kMaxMessage + 1];
  const int n = std::vsnprintf(text, sizeof text, fmt, args);
  Line line{0, clock_.unix_time(), clock_.monotonic_ms(), level,
            std::string(text, n < 0 ? 0 : std::min(static_cast<std::size_t>(n), kMaxMessage))};
  {
    std::lock_guard<std::mutex> lock(mu_);
    line.seq = next_seq_++;
    used_ += line.msg.size() + kLineOverhead;
    lines_.push_back(line);
    while (used_ > capacity_ && !lines_.empty()) {
      used_ -= lines_.front().msg.size() + kLineOverhead;
      lines_.pop_front();
    }
  }
  std::lock_guard<std::mutex> lock(subscribers_mu_);
  for (const auto& [id, fn] : subscribers_) fn(line);
}

std::vector<Line> LogBuffer::since(std::uint64_t since, std::size_t max, bool* missed) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (since >= next_seq_) {
    if (missed) *missed = false;
    return {};
  }
  const std::uint64_t oldest = lines_.empty() ? next_seq_ : lines_.front().seq;
  if (missed) *missed = since + 1 < oldest;
  std::vector<Line> out;
  // seq values are consecutive, so the first wanted line's index is a subtraction away.
  const std::uint64_t first = std::max(since + 1, oldest);
  for (std::size_t i = static_cast<std::size_t>(first - oldest); i < lines_.size() && out.size() < max; ++i) {
    out.push_back(lines_[i]);
  }
  return out;
}

std::uint64_t LogBuffer::next_seq() const {
  std::lock_guard<std::mutex> lock(mu_);
  return next_seq_;
}

std::size_t LogBuffer::bytes_used() const {
  std::lock_guard<std::mutex> lock(mu_);
  return used_;
}

int LogBuffer::subscribe(Subscriber fn) {
  std::lock_guard<std::mutex> lock(subscribers_mu_);
  subscribers_.emplace_back(next_subscriber_, std::move(fn));
  return next_subscriber_++;
}

void LogBuffer::unsubscribe(int id) {
  std::lock_guard<std::mutex> lock(subscribers_mu_);
  subscribers_.erase(
      std::remove_if(subscribers_.begin(), subscribers_.end(), [id](const auto& s) { return s.first == id; }),
      subscribers_.end());
}

}  // namespace printcam::log
