#include "core/media/mjpeg.hpp"

namespace printcam::media::mjpeg {

std::string part_header(std::size_t jpeg_size, std::int64_t unix_time) {
  std::string h = "Content-Type: image/jpeg\r\nContent-Length: ";
  h += std::to_string(jpeg_size);
  h += "\r\n";
  if (unix_time > 0) {
    h += "X-Timestamp: ";
    h += std::to_string(unix_time);
    h += "\r\n";
  }
  h += "\r\n";
  return h;
}

}  // namespace printcam::media::mjpeg
