#include "platform/host/sim_camera.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "catch2_compat.hpp"
#include "fakes/temp_dir.hpp"
#include "platform/host/jpeg_codec.hpp"
#include "platform/host/test_pattern.hpp"

using printcam::host::SimCamera;
using printcam::ports::CameraConfig;
using printcam::ports::CameraError;

namespace {

/// Frames come at 60 fps so the tests wait little; the rate is not what they check.
constexpr int kFastFps = 60;

std::string temp_dir() {
  return printcam::fakes::temp_dir("simcam");
}

void write_jpeg(const std::string& path, int w, int h) {
  printcam::host::RgbImage img(w, h);
  printcam::host::paint_test_pattern(img, 1, 0, {});
  printcam::host::JpegEncoder enc;
  std::string error;
  auto jpeg = enc.encode(img, 80, error);
  REQUIRE(jpeg);
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(jpeg->data), jpeg->size);
  printcam::host::free_jpeg(*jpeg);
}

}  // namespace

TEST_CASE("The simulated camera captures real JPEGs of the configured frame size") {
  SimCamera cam(kFastFps, "");
  REQUIRE(cam.init(CameraConfig{"QVGA", 12, 2}).ok());
  const auto fb = cam.capture();
  REQUIRE(fb);
  CHECK(fb->width == 320);
  CHECK(fb->height == 240);
  const auto info = printcam::host::read_jpeg_info(fb->data, fb->size);
  REQUIRE(info);
  CHECK(info->width == 320);
  CHECK(info->height == 240);
  CHECK(cam.outstanding() == 1);
  cam.release(*fb);
  CHECK(cam.outstanding() == 0);
}

TEST_CASE("The simulated camera honours the JPEG quality: lower numbers give bigger files") {
  SimCamera cam(kFastFps, "");
  REQUIRE(cam.init(CameraConfig{"VGA", 4, 2}).ok());
  const auto fine = cam.capture();
  REQUIRE(cam.set("quality", 60).ok());
  const auto coarse = cam.capture();
  REQUIRE(fine);
  REQUIRE(coarse);
  CHECK(fine->size > coarse->size * 2);
  cam.release(*fine);
  cam.release(*coarse);
}

TEST_CASE("The simulated camera refuses sizes beyond its OV2640 and unknown settings") {
  SimCamera cam(kFastFps, "");
  CHECK(cam.init(CameraConfig{"FHD", 12, 2}).error == CameraError::kUnsupported);
  CHECK(cam.init(CameraConfig{"vga", 12, 2}).error == CameraError::kUnsupported);
  CHECK(cam.init(CameraConfig{"VGA", 64, 2}).error == CameraError::kOutOfRange);
  CHECK_FALSE(cam.capture().has_value());  // Not initialized.
  REQUIRE(cam.init(CameraConfig{"UXGA", 12, 2}).ok());
  CHECK(cam.set("brightness", 3).error == CameraError::kOutOfRange);
  CHECK(cam.set("exposure", 1).error == CameraError::kUnsupported);
  CHECK(cam.set("hmirror", 1).ok());
  CHECK(cam.sensor().model == "SIM");
  CHECK(cam.sensor().frame_sizes.back() == "UXGA");
}

TEST_CASE("Changing the frame size changes the next frame") {
  SimCamera cam(kFastFps, "");
  REQUIRE(cam.init(CameraConfig{"QQVGA", 12, 2}).ok());
  REQUIRE(cam.set_frame_size("CIF").ok());
  const auto fb = cam.capture();
  REQUIRE(fb);
  const auto info = printcam::host::read_jpeg_info(fb->data, fb->size);
  REQUIRE(info);
  CHECK(info->width == 400);
  CHECK(info->height == 296);
  cam.release(*fb);
}

TEST_CASE("The simulated camera plays a folder of JPEGs in name order and loops") {
  const std::string dir = temp_dir();
  write_jpeg(dir + "/b.jpg", 64, 48);
  write_jpeg(dir + "/a.JPEG", 32, 16);
  std::ofstream(dir + "/notes.txt") << "not a frame";
  std::ofstream(dir + "/broken.jpg") << "not a jpeg either";
  SimCamera cam(kFastFps, dir);
  REQUIRE(cam.init(CameraConfig{"VGA", 12, 2}).ok());
  std::vector<int> widths;
  for (int i = 0; i < 4; ++i) {
    const auto fb = cam.capture();
    REQUIRE(fb);
    widths.push_back(fb->width);
    cam.release(*fb);
  }
  CHECK(widths == std::vector<int>{32, 64, 32, 64});
  std::system(("rm -rf " + dir).c_str());
}

TEST_CASE("A frames folder without JPEGs is reported as no camera") {
  const std::string dir = temp_dir();
  SimCamera empty(kFastFps, dir);
  CHECK(empty.init(CameraConfig{}).error == CameraError::kNotDetected);
  SimCamera missing(kFastFps, dir + "/nope");
  CHECK(missing.init(CameraConfig{}).error == CameraError::kNotDetected);
  ::rmdir(dir.c_str());
}
