#pragma once
// OTA from a URL: the camera downloads the app image itself, on its own thread, through the
// HttpClient port, and streams it into the OtaManager like an upload. The URL comes either
// directly (with an optional size and SHA-256) or from a release manifest, which names the image
// for this board and its size and SHA-256.

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/crypto/sha256.hpp"
#include "core/ota/ota_manager.hpp"
#include "ports/http_client.hpp"

namespace printcam::ota {

struct DownloadRequest {
  /// The app image's URL, or the manifest's when `is_manifest`.
  std::string url;
  bool is_manifest = false;
  /// Expected file size (0: take what comes) and SHA-256, for a direct URL.
  std::size_t size = 0;
  std::optional<crypto::Digest> sha256;
};

class OtaDownloader {
 public:
  /// How much of the image is asked from the client per read: one flash page's worth, small
  /// beside the ESP32's heap.
  static constexpr std::size_t kChunkBytes = 4096;

  /// `chip_family` as manifests spell it ("ESP32", "ESP32-S3").
  OtaDownloader(OtaManager& manager, ports::HttpClient& http, std::string board, std::string chip_family);
  ~OtaDownloader();
  OtaDownloader(const OtaDownloader&) = delete;
  OtaDownloader& operator=(const OtaDownloader&) = delete;

  /// Claims the update and starts the download thread (202); 409 when an update runs.
  OtaOutcome start(DownloadRequest request);
  /// Waits for the download thread to end (tests).
  void join();

 private:
  void run(DownloadRequest request);
  /// GETs `url` and opens its body; false (and the update failed) on any error.
  bool open_get(const std::string& url);
  bool fetch_manifest(DownloadRequest& request);

  OtaManager& manager_;
  ports::HttpClient& http_;
  std::string board_;
  std::string chip_family_;
  std::mutex mu_;
  std::thread worker_;
};

}  // namespace printcam::ota
