#include "core/media/media_routes.hpp"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "catch2_compat.hpp"
#include "core/http/access_policy.hpp"
#include "core/media/mjpeg.hpp"
#include "fakes//fake_camera.hpp"
#include "fakes/fake_http.hpp"
#include "fakes/fake_led.hpp"
#include "platform/host/system_clock.hpp"

using namespace std::chrono_literals;
using printcam::fakes::FakeCamera;
using printcam::fakes::FakeLed;
using printcam::fakes::FakeRequest;
using printcam::fakes::FakeResponse;
using printcam::http::Access;
using printcam::http::Router;
using printcam::media::Media;
namespace mjpeg = printcam::media::mjpeg;

namespace {

/// A viewer that goes away after `budget` chunks: its next send fails, as on a closed socket.
class LeavingResponse : public FakeResponse {
 public:
  explicit LeavingResponse(int budget) : budget_(budget) {}
  bool send_chunk(const std::uint8_t* data, std::size_t n) override {
    if (budget_-- <= 0) return false;
    return FakeResponse::send_chunk(data, n);
  }

 private:
  int budget_;
};

/// The fake camera's frame number written inside its fake JPEG ("… #12 …").
int frame_number(const std::string& jpeg) {
  const auto hash = jpeg.find('#');
  REQUIRE(hash != std::string::npos);
  return std::stoi(jpeg.substr(hash + 1));
}

struct Rig {
  FakeCamera camera;
  FakeLed led;
  printcam::host::SystemClock clock;
  std::optional<Media> media;
  printcam::http::OpenAccess open_access;
  Router router{open_access};
  explicit Rig(printcam::media::MediaLimits limits = {}) {
    media.emplace(camera, led, clock, limits);
    REQUIRE(media->start_camera({"QVGA", 12, 2}).ok());
    printcam::media::register_media_routes(router, *media);
  }
};

}  // namespace

TEST_CASE("The media routes are viewer routes") {
  Rig rig;
  for (const char* path : {"/stream.mjpg", "/snapshot.jpg", "/saved-photo.jpg"}) {
    const auto* route = rig.router.find("GET", path);
    REQUIRE(route != nullptr);
    CHECK(route->access == Access::kViewer);
  }
}

TEST_CASE("The stream sends a boundary first, then each frame as headers, bytes, boundary") {
  Rig rig;
  FakeRequest req("GET", "/stream.mjpg");
  LeavingResponse res(1 + 3 * 4);  // The opening boundary and four whole parts.
  rig.router.handle(req, res);
  CHECK(res.status == 200);
  CHECK(res.header("Content-Type") == std::string(mjpeg::kContentType));
  CHECK(res.header("Cache-Control") == "no-store");
  REQUIRE(res.chunks.size() == 13);
  CHECK(res.chunks[0] == mjpeg::kFirstBoundary);
  for (std::size_t part = 0; part < 4; ++part) {
    const std::string& head = res.chunks[1 + part * 3];
    const std::string& jpeg = res.chunks[2 + part * 3];
    const std::string length = "Content-Length: " + std::to_string(jpeg.size()) + "\r\n";
    CHECK(head.rfind("Content-Type: image/jpeg\r\n" + length, 0) == 0);
    CHECK(head.substr(head.size() - 4) == "\r\n\r\n");
    CHECK(jpeg.substr(0, 2) == "\xFF\xD8");
    CHECK(res.chunks[3 + part * 3] == mjpeg::kBoundaryAfterPart);
  }
  CHECK(rig.media->streams().in_use() == 0);  // The slot is free again once the viewer left.
  CHECK(rig.media->hub().stats().bytes_copied == 0);
  rig.media.reset();
  CHECK(rig.camera.gets() == rig.camera.returns());
  CHECK(rig.camera.bad_releases() == 0);
}

TEST_CASE("A stream client over the limit gets a JSON 503 with Retry-After") {
  Rig rig;
  std::vector<printcam::media::StreamSlots::Slot> viewers;
  for (int i = 0; i < 4; ++i) viewers.push_back(*rig.media->streams().try_acquire());
  FakeRequest req("GET", "/stream.mjpg");
  FakeResponse res;
  rig.router.handle(req, res);
  CHECK(res.status == 503);
  CHECK(res.header("Retry-After") == "5");
  CHECK(res.header("Content-Type") == "application/json");
  CHECK(res.body.find("\"code\":\"too_many_streams\"") != std::string::npos);
  CHECK(res.chunks.empty());
  CHECK(rig.camera.gets() == 0);  // Refused before it could start the camera.

  viewers.pop_back();
  LeavingResponse admitted(1);
  rig.router.handle(req, admitted);
  CHECK(admitted.status == 200);
}

TEST_CASE("HEAD on the stream answers the headers without waiting for frames") {
  Rig rig;
  FakeRequest req("HEAD", "/stream.mjpg");
  FakeResponse res;
  rig.router.handle(req, res);
  CHECK(res.status == 200);
  CHECK(res.ended);
  CHECK(res.chunks.empty());
}

TEST_CASE("A snapshot is a fresh JPEG that is never cached") {
  Rig rig;
  FakeRequest req("GET", "/snapshot.jpg");
  FakeResponse res;
  rig.router.handle(req, res);
  CHECK(res.status == 200);
  CHECK(res.header("Content-Type") == "image/jpeg");
  CHECK(res.header("Cache-Control") == "no-store");
  CHECK(res.body.substr(0, 2) == "\xFF\xD8");
  FakeResponse again;
  rig.router.handle(req, again);
  // The second snapshot is a later frame, not the first one again.
  CHECK(frame_number(again.body) > frame_number(res.body));
}

TEST_CASE("In flash mode the snapshot is taken with the LED on, and the LED is off after") {
  std::mutex mu;
  std::map<int, int> duty_at_capture;  // Declared before the rig, so it outlives the capture loop.
  Rig rig;
  rig.camera.on_capture = [&](int number) {
    const std::lock_guard<std::mutex> lock(mu);
    duty_at_capture[number] = rig.led.duty();
  };
  rig.media->light().configure({printcam::media::LightMode::kFlash, 60, 1ms});
  FakeRequest req("GET", "/snapshot.jpg");
  FakeResponse res;
  rig.router.handle(req, res);
  REQUIRE(res.status == 200);
  CHECK(rig.led.duty() == 0);
  const std::lock_guard<std::mutex> lock(mu);
  CHECK(duty_at_capture.at(frame_number(res.body)) == 60);
}

TEST_CASE("A snapshot answers 503 when the camera gives no frame in time") {
  printcam::media::MediaLimits limits;
  limits.photo_timeout = 20ms;
  Rig rig(limits);
  rig.camera.hold(true);
  FakeRequest req("GET", "/snapshot.jpg");
  FakeResponse res;
  rig.router.handle(req, res);
  rig.camera.hold(false);
  CHECK(res.status == 503);
  CHECK(res.header("Retry-After") == "2");
  CHECK(res.body.find("\"code\":\"camera_unavailable\"") != std::string::npos);
}

TEST_CASE("The saved photo is 404 before the first upload, then the saved bytes") {
  Rig rig;
  FakeRequest req("GET", "/saved-photo.jpg");
  FakeResponse before;
  rig.router.handle(req, before);
  CHECK(before.status == 404);
  CHECK(before.body.find("\"code\":\"no_saved_photo\"") != std::string::npos);

  const auto photo = rig.media->take_photo();
  REQUIRE(photo != nullptr);
  rig.media->photos().save(*photo, rig.media->oriented(*photo));
  FakeResponse after;
  rig.router.handle(req, after);
  CHECK(after.status == 200);
  CHECK(after.header("Content-Type") == "image/jpeg");
  CHECK(after.body == std::string(reinterpret_cast<const char*>(photo->data()), photo->size()));
  CHECK(rig.media->hub().stats().bytes_copied == photo->size());
}

TEST_CASE("The media status reports clients, limit and counters as JSON") {
  Rig rig;
  const auto frame = rig.media->take_photo();
  REQUIRE(frame != nullptr);
  const std::string j = rig.media->status_json();
  CHECK(j.find("\"clients\":0") != std::string::npos);
  CHECK(j.find("\"max_clients\":4") != std::string::npos);
  CHECK(j.find("\"captures\":") != std::string::npos);
  CHECK(j.find("\"bytes_copied\":0") != std::string::npos);
}

TEST_CASE("Sensor settings and frame size changes reach the camera between captures") {
  Rig rig;
  auto viewer = rig.media->hub().subscribe();  // Keeps the capture loop running meanwhile.
  REQUIRE(viewer.next(std::chrono::seconds(10)) != nullptr);
  CHECK(rig.media->set_sensor("hmirror", 1).ok());
  CHECK(rig.camera.setting("hmirror") == 1);
  CHECK(rig.media->set_frame_size("SVGA").ok());
  CHECK(rig.camera.config().frame_size == "SVGA");
  CHECK(rig.media->set_frame_size("HUGE").error == printcam::ports::CameraError::kUnsupported);
  REQUIRE(viewer.next(std::chrono::seconds(10)) != nullptr);
}

namespace {

/// The EXIF orientation value inside a head from orient_jpeg (its low byte, 32 bytes into the
/// head: SOI 2 + APP1 marker and length 4 + "Exif\0\0" 6 + TIFF header 8 + IFD count 2 + tag,
/// type and count 8, then the big-endian SHORT).
int orientation_in(const std::string& head) {
  REQUIRE(head.size() == printcam::media::kOrientedHeadBytes);
  CHECK(head.substr(0, 4) == "\xFF\xD8\xFF\xE1");
  return static_cast<unsigned char>(head[31]);
}

}  // namespace

TEST_CASE("A turned camera's stream parts carry the orientation in the Content-Length, copying nothing") {
  Rig rig;
  rig.media->set_rotation(90);
  FakeRequest req("GET", "/stream.mjpg");
  LeavingResponse res(1 + 4 * 3);  // The opening boundary and three whole parts.
  rig.router.handle(req, res);
  REQUIRE(res.chunks.size() == 13);
  for (std::size_t part = 0; part < 3; ++part) {
    const std::string& headers = res.chunks[1 + part * 4];
    const std::string& head = res.chunks[2 + part * 4];
    const std::string& rest = res.chunks[3 + part * 4];
    CHECK(orientation_in(head) == 6);
    CHECK(rest.rfind(" fake jpeg #", 0) == 0);  // The frame after its own SOI.
    const std::string length = "Content-Length: " + std::to_string(head.size() + rest.size()) + "\r\n";
    CHECK(headers.find(length) != std::string::npos);
    CHECK(res.chunks[4 + part * 4] == mjpeg::kBoundaryAfterPart);
  }
  CHECK(rig.media->hub().stats().bytes_copied == 0);
}

TEST_CASE(
    "A turned camera's snapshot is the orientation head, then the frame after its SOI, copying nothing") {
  Rig rig;
  rig.media->set_rotation(180);
  FakeRequest req("GET", "/snapshot.jpg");
  FakeResponse res;
  rig.router.handle(req, res);
  CHECK(res.status == 200);
  CHECK(res.header("Content-Type") == "image/jpeg");
  CHECK(res.sends == 0);
  REQUIRE(res.chunks.size() == 2);
  CHECK(res.ended);
  CHECK(orientation_in(res.chunks[0]) == 3);
  CHECK(res.chunks[1].rfind(" fake jpeg #", 0) == 0);
  CHECK(rig.media->hub().stats().bytes_copied == 0);
}

TEST_CASE("Turned back to 0 degrees, the snapshot is the camera's frame unchanged") {
  Rig rig;
  rig.media->set_rotation(270);
  rig.media->set_rotation(0);
  FakeRequest req("GET", "/snapshot.jpg");
  FakeResponse res;
  rig.router.handle(req, res);
  CHECK(res.sends == 1);
  CHECK(res.chunks.empty());
  CHECK(res.body.rfind("\xFF\xD8 fake jpeg #", 0) == 0);
}

TEST_CASE("Frames without the JPEG start marker go out unchanged, however the camera is turned") {
  Rig rig;
  rig.camera.without_soi = true;
  rig.media->set_rotation(90);
  FakeRequest snapshot("GET", "/snapshot.jpg");
  FakeResponse photo;
  rig.router.handle(snapshot, photo);
  CHECK(photo.sends == 1);
  CHECK(photo.body.rfind("garbage fake jpeg #", 0) == 0);

  FakeRequest stream("GET", "/stream.mjpg");
  LeavingResponse res(1 + 3 * 2);  // Two parts of three chunks each: no orientation head.
  rig.router.handle(stream, res);
  REQUIRE(res.chunks.size() == 7);
  for (std::size_t part = 0; part < 2; ++part) {
    const std::string& jpeg = res.chunks[2 + part * 3];
    CHECK(jpeg.rfind("garbage fake jpeg #", 0) == 0);
    CHECK(res.chunks[1 + part * 3].find("Content-Length: " + std::to_string(jpeg.size()) + "\r\n") !=
          std::string::npos);
    CHECK(res.chunks[3 + part * 3] == mjpeg::kBoundaryAfterPart);
  }
  CHECK(rig.media->hub().stats().bytes_copied == 0);
}

TEST_CASE("A photo saved while the camera is turned keeps the orientation in its one copy") {
  Rig rig;
  rig.media->set_rotation(270);
  const auto photo = rig.media->take_photo();
  REQUIRE(photo != nullptr);
  rig.media->photos().save(*photo, rig.media->oriented(*photo));
  FakeRequest req("GET", "/saved-photo.jpg");
  FakeResponse res;
  rig.router.handle(req, res);
  CHECK(res.status == 200);
  const std::string frame(reinterpret_cast<const char*>(photo->data()), photo->size());
  CHECK(orientation_in(res.body.substr(0, printcam::media::kOrientedHeadBytes)) == 8);
  CHECK(res.body.substr(printcam::media::kOrientedHeadBytes) == frame.substr(2));
  CHECK(rig.media->hub().stats().bytes_copied == photo->size() - 2);
}
