#include "core/ota/ota_download.hpp"

#include <vector>

#include "core/ota/manifest.hpp"

namespace printcam::ota {

OtaDownloader::OtaDownloader(OtaManager& manager, ports::HttpClient& http, std::string board,
                             std::string chip_family)
    : manager_(manager), http_(http), board_(std::move(board)), chip_family_(std::move(chip_family)) {}

OtaDownloader::~OtaDownloader() {
  http_.cancel();
  join();
}

void OtaDownloader::join() {
  std::lock_guard<std::mutex> lock(mu_);
  if (worker_.joinable()) worker_.join();
}

OtaOutcome OtaDownloader::start(DownloadRequest request) {
  std::lock_guard<std::mutex> lock(mu_);
  OtaOutcome o = manager_.claim("url");
  if (!o.ok()) return o;
  // A finished earlier download's thread has ended (the claim succeeded); collect it.
  if (worker_.joinable()) worker_.join();
  worker_ = std::thread([this, request = std::move(request)]() mutable { run(std::move(request)); });
  return o;
}

bool OtaDownloader::open_get(const std::string& url) {
  ports::HttpClientRequest req;
  req.method = "GET";
  req.url = url;
  ports::HttpClientResult r = http_.open(req);
  int status = 0;
  if (r.ok()) r = http_.fetch_response(&status);
  if (!r.ok()) {
    http_.close();
    manager_.fail("download_failed", "Could not download " + url + ": " + std::string(r.detail) + ".");
    return false;
  }
  if (status != 200) {
    http_.close();
    manager_.fail("download_failed",
                  "The server answered " + std::to_string(status) + " for " + url + ". Check the address.");
    return false;
  }
  return true;
}

bool OtaDownloader::fetch_manifest(DownloadRequest& request) {
  if (!open_get(request.url)) return false;
  std::string text;
  std::uint8_t buf[512];
  for (;;) {
    const long n = http_.read(buf, sizeof buf);
    if (n == 0) break;
    if (n < 0 || text.size() + static_cast<std::size_t>(n) > kMaxManifestBytes) {
      http_.close();
      manager_.fail("bad_manifest",
                    n < 0 ? "The manifest download broke off." : "The manifest is too large.");
      return false;
    }
    text.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  http_.close();
  std::string error;
  const auto app = read_manifest(text, request.url, board_, chip_family_, error);
  if (!app) {
    manager_.fail("bad_manifest", error);
    return false;
  }
  request.url = app->url;
  request.size = app->size;
  request.sha256 = app->sha256;
  return true;
}

void OtaDownloader::run(DownloadRequest request) {
  if (request.is_manifest && !fetch_manifest(request)) return;
  if (!manager_.open(request.size, request.sha256).ok()) return;
  if (!open_get(request.url)) return;
  std::vector<std::uint8_t> buf(kChunkBytes);
  for (;;) {
    const long n = http_.read(buf.data(), buf.size());
    if (n == 0) break;
    if (n < 0) {
      http_.close();
      manager_.fail("download_failed", "The download broke off. Nothing was installed; try again.");
      return;
    }
    if (!manager_.write(buf.data(), static_cast<std::size_t>(n)).ok()) {
      http_.close();
      return;  // the manager failed the update and says why
    }
  }
  http_.close();
  if (manager_.finish().ok()) manager_.reboot();
}

}  // namespace printcam::ota
