#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <string_view>

#include "core/log/log_buffer.hpp"
#include "ports/clock.hpp"
#include "ports/http_server.hpp"

namespace printcam::api {

/// GET /api/events: Server-Sent Events, so pages see changes without polling. Each client gets
/// `status` on connect and again whenever it changed (at most every kStatusIntervalMs), every
/// log line as `log`, events other services publish (`ota`, `settings`), and a comment line
/// every kKeepAliveMs so proxies keep the connection and a vanished client is noticed.
///
/// serve() holds its connection until the client leaves or close_all() is called: the platform
/// must run it where a long handler blocks nothing else (the host gives every connection a
/// thread; the ESP32 adapter hands it to its own task with httpd_req_async_handler_begin).
class EventStream {
 public:
  /// Each open stream holds a socket and a thread or task: four covers a UI and a PWA on two
  /// devices while leaving the ESP32's sockets to the MJPEG viewers.
  static constexpr std::size_t kMaxClients = 4;
  /// One browser with a forgotten tab or a reconnect loop must not take every slot.
  static constexpr std::size_t kMaxClientsPerAddress = 2;
  /// Comment line when nothing else was sent; below the usual 30–60 s proxy idle timeouts.
  static constexpr std::uint64_t kKeepAliveMs = 15000;
  /// Status is re-checked and, if changed, sent at most this often: lively without flooding.
  static constexpr std::uint64_t kStatusIntervalMs = 2000;
  /// How long a client sleeps between checks when no event wakes it.
  static constexpr std::uint64_t kTickMs = 250;
  /// Events waiting for one slow client; beyond this the oldest are dropped (a reader can
  /// fetch missed log lines from /api/logs?since=).
  static constexpr std::size_t kMaxQueued = 64;
  /// What the browser waits before reconnecting after the stream ends.
  static constexpr int kRetryMs = 3000;

  EventStream(const ports::Clock& clock, log::LogBuffer& logs, std::function<std::string()> status_json);
  /// Ends every stream and waits until their handlers returned.
  ~EventStream();

  /// The request handler: streams until the client leaves or close_all(); 503 when full.
  void serve(ports::HttpRequest& req, ports::HttpResponse& res);
  /// Sends `event` with `data` (one line of JSON) to every connected client.
  void publish(std::string_view event, std::string_view data);
  /// Makes every serve() return soon (shutdown, reboot).
  void close_all();
  std::size_t clients() const;

 private:
  struct Client {
    std::string address;
    std::deque<std::string> queue;
  };
  /// Appends one event; false once the client is gone.
  static bool send_event(ports::HttpResponse& res, std::string_view event, std::string_view data);

  const ports::Clock& clock_;
  log::LogBuffer& logs_;
  std::function<std::string()> status_json_;
  int log_subscription_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::list<Client*> clients_;
  bool closing_ = false;
};

}  // namespace printcam::api
