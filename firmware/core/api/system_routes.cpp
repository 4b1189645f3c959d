#include "core/api/system_routes.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <string>

#include "core/http/errors.hpp"
#include "core/http/query.hpp"
#include "core/log/log_json.hpp"
#include "core/net/wifi_json.hpp"

namespace printcam::api {
namespace {

void send_json(ports::HttpResponse& res, int status, const std::string& body) {
  res.set_status(status);
  res.add_header("Content-Type", "application/json");
  res.add_header("Cache-Control", "no-store");
  res.send(body);
}

/// Parses `?since=N`; false after answering 400.
bool read_since(ports::HttpRequest& req, ports::HttpResponse& res, std::uint64_t& since) {
  std::string error;
  const auto query = http::Query::parse(req.query(), error);
  if (!query) {
    http::send_error(res, 400, "bad_query", error);
    return false;
  }
  since = 0;
  const auto text = query->get("since");
  if (!text) return true;
  const std::string digits(*text);
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(digits.c_str(), &end, 10);
  if (digits.empty() || *end != '\0' || digits.front() == '-' || errno == ERANGE) {
    http::send_error(res, 400, "bad_query", "since must be a line number (the `next` of an earlier answer).",
                     "since");
    return false;
  }
  since = v;
  return true;
}

void logs(log::LogBuffer& buffer, ports::HttpRequest& req, ports::HttpResponse& res) {
  std::uint64_t since = 0;
  if (!read_since(req, res, since)) return;
  bool missed = false;
  const auto lines = buffer.since(since, kMaxLogLinesPerRequest, &missed);
  std::string out = "{\"lines\":[";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += ',';
    log::append_line_json(out, lines[i]);
  }
  const std::uint64_t next = lines.empty() ? std::max(since, buffer.next_seq() - 1) : lines.back().seq;
  out += "],\"next\":" + std::to_string(next) + ",\"missed\":" + (missed ? "true" : "false") + "}";
  send_json(res, 200, out);
}

}  // namespace

void add_system_routes(http::Router& router, const DeviceStatus& status, ports::System& system,
                       ports::Network& network, log::LogBuffer& logs_buffer) {
  router.add(
      "GET", "/api/info", http::Access::kAdmin,
      [&status](ports::HttpRequest&, ports::HttpResponse& res) { send_json(res, 200, status.info_json()); });
  router.add("GET", "/api/status", http::Access::kAdmin,
             [&status](ports::HttpRequest&, ports::HttpResponse& res) {
               send_json(res, 200, status.status_json());
             });
  router.add("GET", "/api/wifi/scan", http::Access::kAdmin,
             [&network](ports::HttpRequest&, ports::HttpResponse& res) {
               std::string out;
               net::append_scan(out, network.scan());
               send_json(res, 200, out);
             });
  router.add("POST", "/api/reboot", http::Access::kAdmin,
             [&system, &logs_buffer](ports::HttpRequest& req, ports::HttpResponse& res) {
               logs_buffer.log(log::Level::kWarn, "reboot requested over HTTP by %.*s",
                               static_cast<int>(req.remote_address().size()), req.remote_address().data());
               send_json(res, 202, "{\"rebooting\":true}");
               // After send(): the answer is on its way before the platform restarts.
               system.request_reboot();
             });
  router.add(
      "GET", "/api/logs", http::Access::kAdmin,
      [&logs_buffer](ports::HttpRequest& req, ports::HttpResponse& res) { logs(logs_buffer, req, res); });
}

}  // namespace printcam::api
