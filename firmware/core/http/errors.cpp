#include "core/http/errors.hpp"

#include <string>

#include "core/json/json_escape.hpp"

namespace printcam::http {

void send_error(ports::HttpResponse& res, int status, std::string_view code, std::string_view message,
                std::string_view field) {
  std::string body = "{\"error\":{\"code\":";
  json::append_string(body, code);
  body += ",\"message\":";
  json::append_string(body, message);
  if (!field.empty()) {
    body += ",\"field\":";
    json::append_string(body, field);
  }
  body += "}}";
  res.set_status(status);
  res.add_header("Content-Type", "application/json");
  res.add_header("Cache-Control", "no-store");
  res.send(body);
}

}  // namespace printcam::http
