#include "core/api/event_stream.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

#include "core/http/errors.hpp"
#include "core/log/log_json.hpp"

namespace printcam::api {

EventStream::EventStream(const ports::Clock& clock, log::LogBuffer& logs,
                         std::function<std::string()> status_json)
    : clock_(clock), logs_(logs), status_json_(std::move(status_json)) {
  log_subscription_ = logs_.subscribe([this](const log::Line& line) {
    std::string data;
    log::append_line_json(data, line);
    publish("log", data);
  });
}

EventStream::~EventStream() {
  logs_.unsubscribe(log_subscription_);
  close_all();
  std::unique_lock<std::mutex> lock(mu_);
  wake_.wait(lock, [this] { return clients_.empty(); });
}

void EventStream::close_all() {
  std::lock_guard<std::mutex> lock(mu_);
  closing_ = true;
  wake_.notify_all();
}

std::size_t EventStream::clients() const {
  std::lock_guard<std::mutex> lock(mu_);
  return clients_.size();
}

void EventStream::publish(std::string_view event, std::string_view data) {
  std::string message = "event: " + std::string(event) + "\ndata: " + std::string(data) + "\n\n";
  std::lock_guard<std::mutex> lock(mu_);
  for (Client* c : clients_) {
    if (c->queue.size() >= kMaxQueued) c->queue.pop_front();
    c->queue.push_back(message);
  }
  wake_.notify_all();
}

bool EventStream::send_event(ports::HttpResponse& res, std::string_view event, std::string_view data) {
  return res.send_chunk("event: " + std::string(event) + "\ndata: " + std::string(data) + "\n\n");
}

void EventStream::serve(ports::HttpRequest& req, ports::HttpResponse& res) {
  Client self{std::string(req.remote_address()), {}};
  {
    std::lock_guard<std::mutex> lock(mu_);
    const auto same_address = std::count_if(clients_.begin(), clients_.end(),
                                            [&self](const Client* c) { return c->address == self.address; });
    if (closing_ || clients_.size() >= kMaxClients ||
        static_cast<std::size_t>(same_address) >= kMaxClientsPerAddress) {
      res.add_header("Retry-After", "5");
      http::send_error(res, 503, "too_many_event_streams",
                       "The camera has as many event streams open as it serves; close another tab.");
      return;
    }
    clients_.push_back(&self);
  }
  res.set_status(200);
  res.add_header("Content-Type", "text/event-stream");
  res.add_header("Cache-Control", "no-store");
  if (req.method() == "HEAD") {
    // The adapter drops bodies of HEAD answers, so a stream would never notice its client leave.
    res.send(std::string_view());
    std::lock_guard<std::mutex> lock(mu_);
    clients_.remove(&self);
    wake_.notify_all();
    return;
  }
  std::string last_status = status_json_();
  bool alive =
      res.send_chunk("retry: " + std::to_string(kRetryMs) + "\n\n") && send_event(res, "status", last_status);
  std::uint64_t last_status_check = clock_.monotonic_ms();
  std::uint64_t last_write = last_status_check;
  std::vector<std::string> pending;
  bool closing = false;
  while (alive && !closing) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait_for(lock, std::chrono::milliseconds(kTickMs),
                     [&] { return closing_ || !self.queue.empty(); });
      closing = closing_;
      pending.assign(self.queue.begin(), self.queue.end());
      self.queue.clear();
    }
    // Sent without the lock, so a slow client never blocks loggers or other clients; what was
    // published before close_all() still goes out.
    for (const std::string& message : pending) {
      alive = alive && res.send_chunk(message);
    }
    if (closing) break;
    const std::uint64_t now = clock_.monotonic_ms();
    if (!pending.empty()) last_write = now;
    if (alive && now - last_status_check >= kStatusIntervalMs) {
      last_status_check = now;
      std::string status = status_json_();
      if (status != last_status) {
        alive = send_event(res, "status", status);
        last_status = std::move(status);
        last_write = now;
      }
    }
    if (alive && now - last_write >= kKeepAliveMs) {
      alive = res.send_chunk(": keep-alive\n\n");
      last_write = now;
    }
  }
  if (alive) res.end_chunks();
  std::lock_guard<std::mutex> lock(mu_);
  clients_.remove(&self);
  wake_.notify_all();
}

}  // namespace printcam::api
