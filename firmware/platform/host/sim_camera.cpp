#include "platform/host/sim_camera.hpp"

#include <dirent.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <thread>

#include "core/media/sensor_settings.hpp"

namespace printcam::host {
namespace {

/// The simulated sensor is an OV2640: its largest size is UXGA, the 16th in the driver's list.
constexpr std::size_t kSimFrameSizeCount = 16;

/// What the core's "driver buffer" handle points at.
struct SimBuffer {
  /// A generated frame, freed on release; empty for folder frames, which live as long as the camera.
  EncodedJpeg jpeg;
};

bool is_jpeg_name(const std::string& name) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == "jpg" || ext == "jpeg";
}

}  // namespace

SimCamera::SimCamera(int fps, std::string frames_dir)
    : period_(std::chrono::microseconds(1000000 / std::max(1, fps))), frames_dir_(std::move(frames_dir)) {}

SimCamera::~SimCamera() {
  if (outstanding_ != 0)
    std::fprintf(stderr, "printcam-sim: %zu camera frames never released\n", outstanding_);
}

ports::CameraResult SimCamera::load_folder() {
  DIR* dir = ::opendir(frames_dir_.c_str());
  if (dir == nullptr) return {ports::CameraError::kNotDetected, errno};
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(dir)) {
    if (is_jpeg_name(e->d_name)) names.emplace_back(e->d_name);
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::ifstream in(frames_dir_ + "/" + name, std::ios::binary);
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::optional<JpegInfo> info = read_jpeg_info(bytes.data(), bytes.size());
    if (!info) {
      std::fprintf(stderr, "printcam-sim: skipping %s/%s: not a readable JPEG\n", frames_dir_.c_str(),
                   name.c_str());
      continue;
    }
    folder_.push_back({std::move(bytes), *info});
  }
  if (folder_.empty()) return {ports::CameraError::kNotDetected, ENOENT};
  return {};
}

ports::CameraResult SimCamera::init(const ports::CameraConfig& config) {
  std::lock_guard<std::mutex> lock(mu_);
  const media::FrameSize* size = media::find_frame_size(config.frame_size);
  if (size == nullptr || size >= media::kFrameSizes + kSimFrameSizeCount)
    return {ports::CameraError::kUnsupported, 0};
  if (config.jpeg_quality < 0 || config.jpeg_quality > 63) return {ports::CameraError::kOutOfRange, 0};
  if (!frames_dir_.empty() && folder_.empty()) {
    const ports::CameraResult loaded = load_folder();
    if (!loaded.ok()) return loaded;
  }
  size_ = size;
  quality_ = config.jpeg_quality;
  initialized_ = true;
  return {};
}

void SimCamera::wait_for_next_frame() {
  const auto now = std::chrono::steady_clock::now();
  // After an idle spell the first frame comes at once, as from a sensor that kept running.
  if (next_due_ + period_ < now) next_due_ = now;
  std::this_thread::sleep_until(next_due_);
  next_due_ += period_;
}

std::optional<ports::FrameBuffer> SimCamera::capture() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!initialized_) return std::nullopt;
  }
  wait_for_next_frame();
  const std::uint64_t number = ++captured_;
  auto frame = frames_dir_.empty() ? generate(number) : from_folder(number);
  if (frame) {
    std::lock_guard<std::mutex> lock(mu_);
    ++outstanding_;
  }
  return frame;
}

std::optional<ports::FrameBuffer> SimCamera::generate(std::uint64_t number) {
  PatternSettings look;
  int quality = 0;
  const media::FrameSize* size = nullptr;
  {
    std::lock_guard<std::mutex> lock(mu_);
    const auto value = [this](std::string_view name) {
      const auto it = settings_.find(name);
      return it == settings_.end() ? 0 : it->second;
    };
    look = {value("brightness"), value("contrast"),      value("hmirror") != 0,
            value("vflip") != 0, value("colorbar") != 0, value("special_effect") == 2};
    quality = quality_;
    size = size_;
  }
  if (!image_ || image_->width != size->width || image_->height != size->height) {
    image_ = std::make_unique<RgbImage>(size->width, size->height);
  }
  const auto unix_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
  paint_test_pattern(*image_, number, unix_ms, look);
  std::string error;
  std::optional<EncodedJpeg> jpeg = encoder_.encode(*image_, libjpeg_quality(quality), error);
  if (!jpeg) {
    std::fprintf(stderr, "printcam-sim: JPEG encoding failed: %s\n", error.c_str());
    return std::nullopt;
  }
  auto* buffer = new SimBuffer{*jpeg};
  return ports::FrameBuffer{jpeg->data, jpeg->size, size->width, size->height, buffer};
}

std::optional<ports::FrameBuffer> SimCamera::from_folder(std::uint64_t number) {
  const FolderFrame& file = folder_[(number - 1) % folder_.size()];
  return ports::FrameBuffer{file.bytes.data(), file.bytes.size(), static_cast<std::uint16_t>(file.info.width),
                            static_cast<std::uint16_t>(file.info.height), new SimBuffer{}};
}

void SimCamera::release(const ports::FrameBuffer& frame) {
  auto* buffer = static_cast<SimBuffer*>(frame.handle);
  if (buffer->jpeg.data != nullptr) free_jpeg(buffer->jpeg);
  delete buffer;
  std::lock_guard<std::mutex> lock(mu_);
  --outstanding_;
}

ports::SensorInfo SimCamera::sensor() const {
  ports::SensorInfo info{"SIM", {}};
  for (std::size_t i = 0; i < kSimFrameSizeCount; ++i)
    info.frame_sizes.emplace_back(media::kFrameSizes[i].name);
  return info;
}

ports::CameraResult SimCamera::set(std::string_view name, int value) {
  const media::SensorSetting* setting = media::find_sensor_setting(name);
  if (setting == nullptr) return {ports::CameraError::kUnsupported, 0};
  if (value < setting->min || value > setting->max) return {ports::CameraError::kOutOfRange, 0};
  std::lock_guard<std::mutex> lock(mu_);
  if (name == "quality") quality_ = value;
  settings_[std::string(name)] = value;
  return {};
}

ports::CameraResult SimCamera::set_frame_size(std::string_view name) {
  const media::FrameSize* size = media::find_frame_size(name);
  if (size == nullptr || size >= media::kFrameSizes + kSimFrameSizeCount)
    return {ports::CameraError::kUnsupported, 0};
  std::lock_guard<std::mutex> lock(mu_);
  size_ = size;
  return {};
}

std::size_t SimCamera::outstanding() const {
  std::lock_guard<std::mutex> lock(mu_);
  return outstanding_;
}

}  // namespace printcam::host
