#include "core/media/media_routes.hpp"

#include <optional>
#include <string>

#include "core/http/errors.hpp"
#include "core/media/mjpeg.hpp"

namespace printcam::media {
namespace {

/// A stream whose camera delivers nothing for this long ends cleanly; the client reconnects.
constexpr std::chrono::milliseconds kStreamFrameTimeout{10000};
/// Seconds a refused stream client should wait before asking again.
constexpr const char* kStreamRetryAfter = "5";
/// Seconds to wait after a failed snapshot (a camera restart takes about that long).
constexpr const char* kSnapshotRetryAfter = "2";

void add_jpeg_headers(ports::HttpResponse& res, std::int64_t unix_time, const char* filename) {
  res.set_status(200);
  res.add_header("Content-Type", "image/jpeg");
  res.add_header("Cache-Control", "no-store");
  res.add_header("Content-Disposition", std::string("inline; filename=\"") + filename + "\"");
  if (unix_time > 0) res.add_header("X-Timestamp", std::to_string(unix_time));
}

void send_jpeg(ports::HttpResponse& res, const std::uint8_t* data, std::size_t size, std::int64_t unix_time,
               const char* filename) {
  add_jpeg_headers(res, unix_time, filename);
  res.send(data, size);
}

/// A frame straight from the camera. Unturned, it goes out in one piece with a Content-Length;
/// turned, as chunks (the orientation head, then the frame's own bytes), since the port's send()
/// takes a single buffer and joining them would copy the frame.
void send_frame(ports::HttpResponse& res, const JpegPieces& jpeg, std::int64_t unix_time,
                const char* filename) {
  if (jpeg.head.size == 0) {
    send_jpeg(res, jpeg.body.data, jpeg.body.size, unix_time, filename);
    return;
  }
  add_jpeg_headers(res, unix_time, filename);
  if (res.send_chunk(jpeg.head.data, jpeg.head.size) && res.send_chunk(jpeg.body.data, jpeg.body.size)) {
    res.end_chunks();
  }
}

/// Writes one part: headers, the oriented frame's pieces (no copy), and the boundary right after.
bool send_part(ports::HttpResponse& res, const JpegPieces& jpeg, std::int64_t unix_time) {
  return res.send_chunk(mjpeg::part_header(jpeg.size(), unix_time)) &&
         (jpeg.head.size == 0 || res.send_chunk(jpeg.head.data, jpeg.head.size)) &&
         res.send_chunk(jpeg.body.data, jpeg.body.size) && res.send_chunk(mjpeg::kBoundaryAfterPart);
}

void serve_stream(Media& media, ports::HttpRequest& req, ports::HttpResponse& res) {
  const std::optional<StreamSlots::Slot> slot = media.streams().try_acquire();
  if (!slot) {
    res.add_header("Retry-After", kStreamRetryAfter);
    http::send_error(res, 503, "too_many_streams",
                     "This camera already streams to " + std::to_string(media.streams().max()) +
                         " viewers, its limit. Close a stream or try again in a few seconds.");
    return;
  }
  res.set_status(200);
  res.add_header("Content-Type", mjpeg::kContentType);
  res.add_header("Cache-Control", "no-store");
  if (req.method() == "HEAD") {
    res.end_chunks();
    return;
  }
  FrameHub::Subscription frames = media.hub().subscribe();
  if (!res.send_chunk(mjpeg::kFirstBoundary)) return;
  while (const FramePtr frame = frames.next(kStreamFrameTimeout)) {
    if (!send_part(res, media.oriented(*frame), frame->unix_time())) return;  // The viewer left.
  }
  res.end_chunks();
}

void serve_snapshot(Media& media, ports::HttpResponse& res) {
  const FramePtr frame = media.take_photo();
  if (!frame) {
    res.add_header("Retry-After", kSnapshotRetryAfter);
    http::send_error(res, 503, "camera_unavailable",
                     "The camera gave no picture in time. Try again; if it keeps failing, check the "
                     "camera's ribbon cable and restart the camera.");
    return;
  }
  send_frame(res, media.oriented(*frame), frame->unix_time(), "snapshot.jpg");
}

void serve_saved_photo(Media& media, ports::HttpResponse& res) {
  const std::shared_ptr<const Photo> photo = media.photos().latest();
  if (!photo) {
    http::send_error(
        res, 404, "no_saved_photo",
        "No photo has been saved yet. The camera saves one each time it uploads to Prusa Connect.");
    return;
  }
  send_jpeg(res, photo->jpeg.data(), photo->jpeg.size(), photo->unix_time, "saved-photo.jpg");
}

}  // namespace

void register_media_routes(http::Router& router, Media& media) {
  router.add("GET", "/stream.mjpg", http::Access::kViewer,
             [&media](ports::HttpRequest& req, ports::HttpResponse& res) { serve_stream(media, req, res); });
  router.add("GET", "/snapshot.jpg", http::Access::kViewer,
             [&media](ports::HttpRequest&, ports::HttpResponse& res) { serve_snapshot(media, res); });
  router.add("GET", "/saved-photo.jpg", http::Access::kViewer,
             [&media](ports::HttpRequest&, ports::HttpResponse& res) { serve_saved_photo(media, res); });
}

}  // namespace printcam::media
