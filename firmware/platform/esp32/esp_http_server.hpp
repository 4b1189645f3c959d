#pragma once
// The HTTP server port over esp_http_server. One wildcard handler (any method, "/*") hands every
// request to the core. A GET or HEAD, which may be a long stream, moves to a task of its own with
// httpd_req_async_handler_begin (reference/embedded-ui.md §4), so a stream never blocks the UI;
// other methods run on the server task: they carry bodies, which async copies can lose
// (esp-idf#15567), and may write flash, which is only safe from the server task's internal stack.
// The adapter picks no route and writes no answer of its own.

#include <esp_http_server.h>

#include <atomic>

#include "ports/http_server.hpp"

namespace printcam::esp32 {

class EspHttpServer final : public ports::HttpServer {
 public:
  ~EspHttpServer() override { stop(); }
  bool start(const ports::HttpServerConfig& config, ports::HttpHandler handler) override;
  std::uint16_t port() const override { return port_; }
  void stop() override;

 private:
  /// A request moved off the server task, and the server it came from.
  struct Detached {
    EspHttpServer* server;
    httpd_req_t* req;
  };
  static esp_err_t on_request(httpd_req_t* req);
  static void detached_task(void* arg);
  static void finish_detached(Detached* job);
  esp_err_t detach(httpd_req_t* req);
  void serve(httpd_req_t* req);

  httpd_handle_t server_ = nullptr;
  ports::HttpHandler handler_;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  /// Requests running on their own tasks; stop() waits for them to finish.
  std::atomic<int> detached_{0};
};

}  // namespace printcam::esp32
