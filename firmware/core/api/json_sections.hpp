#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace printcam::api {

/// Members of a JSON object that other services contribute, so /api/status and /api/info grow
/// without this code knowing each service: the uploader adds "upload", the MJPEG streamer
/// "stream", the OTA manager "ota", the camera "board" and "sensor". Register while building the
/// app, before the server starts; writers are then called from any request thread.
class JsonSections {
 public:
  /// Appends exactly one JSON value (an object, usually) to `out`.
  using Writer = std::function<void(std::string& out)>;

  void add(std::string key, Writer writer) { sections_.emplace_back(std::move(key), std::move(writer)); }

  /// Appends `,"key":value` for each section, in the order added.
  void append_members(std::string& out) const {
    for (const auto& [key, write] : sections_) {
      out += ",\"" + key + "\":";
      write(out);
    }
  }

 private:
  std::vector<std::pair<std::string, Writer>> sections_;
};

}  // namespace printcam::api
