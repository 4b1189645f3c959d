#include "platform/esp32/esp_http_server.hpp"

#include <freertos/FreeRTOS.h>
#include <freertos/task.h>

#include "platform/esp32/esp_http_exchange.hpp"

namespace printcam::esp32 {
namespace {

/// Stack of the server task and of each detached request task: the core's handler chain (router,
/// JSON writer, MJPEG loop) plus esp_http_server's send path, with room to spare; shrink it once
/// uxTaskGetStackHighWaterMark on hardware says how much is used.
constexpr std::uint32_t kHandlerStackBytes = 6144;
/// Above the server task (tskIDLE_PRIORITY + 5) so a running stream keeps its frame rate while the
/// server task parses the next request; below lwIP's tcpip task (18).
constexpr UBaseType_t kDetachedTaskPriority = tskIDLE_PRIORITY + 6;
/// esp_http_server keeps this many response headers per request; the core sends CORS, caching
/// and security headers on top of its own.
constexpr std::uint16_t kMaxResponseHeaders = 16;
/// How often stop() looks whether the detached requests have ended.
constexpr TickType_t kStopPollTicks = pdMS_TO_TICKS(20);

void wake_server(void*) {}

}  // namespace

bool EspHttpServer::start(const ports::HttpServerConfig& config, ports::HttpHandler handler) {
  handler_ = std::move(handler);
  stopping_ = false;
  httpd_config_t cfg = HTTPD_DEFAULT_CONFIG();
  cfg.server_port = config.port;
  cfg.max_open_sockets = static_cast<std::uint16_t>(config.max_connections);
  cfg.max_uri_handlers = 1;
  cfg.max_resp_headers = kMaxResponseHeaders;
  cfg.stack_size = kHandlerStackBytes;
  // When every socket is taken, close the least recently used idle one rather than refuse the new
  // client; sockets held by detached requests are in use and never purged.
  cfg.lru_purge_enable = true;
  cfg.uri_match_fn = httpd_uri_match_wildcard;
  if (httpd_start(&server_, &cfg) != ESP_OK) return false;
  const httpd_uri_t any = {"/*", static_cast<httpd_method_t>(HTTP_ANY), &EspHttpServer::on_request, this};
  if (httpd_register_uri_handler(server_, &any) != ESP_OK) {
    stop();
    return false;
  }
  port_ = config.port;
  return true;
}

void EspHttpServer::stop() {
  if (server_ == nullptr) return;
  // Each send now fails as if the peer had left, so detached handlers return; then the server
  // they still reference can go.
  stopping_ = true;
  while (detached_.load() > 0) vTaskDelay(kStopPollTicks);
  httpd_stop(server_);
  server_ = nullptr;
}

esp_err_t EspHttpServer::on_request(httpd_req_t* req) {
  auto* self = static_cast<EspHttpServer*>(req->user_ctx);
  if (req->method == HTTP_GET || req->method == HTTP_HEAD) return self->detach(req);
  self->serve(req);
  return ESP_OK;
}

esp_err_t EspHttpServer::detach(httpd_req_t* req) {
  httpd_req_t* copy = nullptr;
  if (httpd_req_async_handler_begin(req, &copy) != ESP_OK) return ESP_FAIL;
  auto* job = new Detached{this, copy};
  ++detached_;
  if (xTaskCreate(&EspHttpServer::detached_task, "http_req", kHandlerStackBytes, job, kDetachedTaskPriority,
                  nullptr) != pdPASS) {
    // No memory for a task: answer on the server task instead, as a synchronous server would.
    finish_detached(job);
  }
  return ESP_OK;
}

void EspHttpServer::detached_task(void* arg) {
  finish_detached(static_cast<Detached*>(arg));
  vTaskDelete(nullptr);
}

void EspHttpServer::finish_detached(Detached* job) {
  EspHttpServer* self = job->server;
  httpd_req_t* req = job->req;
  delete job;
  self->serve(req);
  httpd_handle_t server = req->handle;
  httpd_req_async_handler_complete(req);
  // The server task does not look at a socket again until its select() wakes; a no-op work item
  // wakes it, so the next request on this keep-alive connection is read at once (esp-idf#16998).
  httpd_queue_work(server, &wake_server, nullptr);
  --self->detached_;
}

void EspHttpServer::serve(httpd_req_t* req) {
  EspHttpRequest request(req);
  EspHttpResponse response(req, req->method == HTTP_HEAD, stopping_);
  handler_(request, response);
}

}  // namespace printcam::esp32
