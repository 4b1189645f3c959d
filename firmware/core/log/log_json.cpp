#include "core/log/log_json.hpp"

#include "core/json/json_escape.hpp"

namespace printcam::log {

void append_line_json(std::string& out, const Line& line) {
  out += "{\"seq\":" + std::to_string(line.seq);
  out += ",\"t\":" + std::to_string(line.t);
  out += ",\"up_ms\":" + std::to_string(line.up_ms);
  out += ",\"level\":\"";
  out += level_name(line.level);
  out += "\",\"msg\":";
  json::append_string(out, line.msg);
  out += '}';
}

}  // namespace printcam::log
