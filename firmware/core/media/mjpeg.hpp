#pragma once
// MJPEG framing (multipart/x-mixed-replace), as pure functions so the bytes are unit-tested.
// A stream is: kFirstBoundary, then per frame part_header(), the JPEG, kBoundaryAfterPart.
// - The boundary comes before the first part: ffmpeg will not start without it.
// - The boundary follows each JPEG at once: Chrome shows a part only when the next boundary
//   arrives, so a trailing-only boundary would hold every frame back by one.
// The JPEG bytes are never copied into these strings; the caller sends them in between.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace printcam::media::mjpeg {

/// Long enough, and unlike anything in JPEG headers, to never be mistaken for data by a parser
/// that searches for it.
inline constexpr std::string_view kBoundary = "printcam-mjpeg-boundary";
inline constexpr std::string_view kContentType =
    "multipart/x-mixed-replace; boundary=printcam-mjpeg-boundary";
inline constexpr std::string_view kFirstBoundary = "--printcam-mjpeg-boundary\r\n";
inline constexpr std::string_view kBoundaryAfterPart = "\r\n--printcam-mjpeg-boundary\r\n";

/// The headers of one part and the blank line after them. `unix_time` > 0 adds
/// `X-Timestamp: <seconds>` (CameraWebServer sends the same header).
std::string part_header(std::size_t jpeg_size, std::int64_t unix_time);

}  // namespace printcam::media::mjpeg
