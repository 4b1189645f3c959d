#include "core/media/mjpeg.hpp"

#include <string>

#include "catch2_compat.hpp"

namespace mjpeg = printcam::media::mjpeg;

TEST_CASE("The MJPEG content type names the boundary the parts use") {
  CHECK(mjpeg::kContentType == "multipart/x-mixed-replace; boundary=printcam-mjpeg-boundary");
  CHECK(mjpeg::kFirstBoundary == "--printcam-mjpeg-boundary\r\n");
  CHECK(mjpeg::kBoundaryAfterPart == "\r\n--printcam-mjpeg-boundary\r\n");
  CHECK(std::string(mjpeg::kContentType).find(std::string("boundary=") + std::string(mjpeg::kBoundary)) !=
        std::string::npos);
}

TEST_CASE("An MJPEG part header carries the JPEG type and exact length, then a blank line") {
  CHECK(mjpeg::part_header(12345, 0) == "Content-Type: image/jpeg\r\nContent-Length: 12345\r\n\r\n");
}

TEST_CASE("An MJPEG part header adds X-Timestamp once the clock is set") {
  CHECK(mjpeg::part_header(7, 1767225600) ==
        "Content-Type: image/jpeg\r\nContent-Length: 7\r\nX-Timestamp: 1767225600\r\n\r\n");
}

TEST_CASE("Two frames framed in sequence make a well-formed multipart body") {
  const std::string a =
      "\xFF\xD8"
      "A"
      "\xFF\xD9";
  const std::string b =
      "\xFF\xD8"
      "BB"
      "\xFF\xD9";
  std::string body(mjpeg::kFirstBoundary);
  for (const std::string& jpeg : {a, b}) {
    body += mjpeg::part_header(jpeg.size(), 0);
    body += jpeg;
    body += mjpeg::kBoundaryAfterPart;
  }
  CHECK(body ==
        "--printcam-mjpeg-boundary\r\n"
        "Content-Type: image/jpeg\r\nContent-Length: 5\r\n\r\n\xFF\xD8"
        "A"
        "\xFF\xD9"
        "\r\n--printcam-mjpeg-boundary\r\n"
        "Content-Type: image/jpeg\r\nContent-Length: 6\r\n\r\n\xFF\xD8"
        "BB"
        "\xFF\xD9"
        "\r\n--printcam-mjpeg-boundary\r\n");
}
