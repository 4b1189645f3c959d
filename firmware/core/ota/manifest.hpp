#pragma once
// Reads a printcam release manifest (firmware/release/manifest.schema.json, written by
// build/release/make-manifest.ts) for OTA from a URL: checks that it is for this board and chip,
// and takes the app image's location, size and SHA-256. The manifest's paths are file names
// relative to the manifest's own URL.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/crypto/sha256.hpp"

namespace printcam::ota {

struct ManifestApp {
  std::string url;  ///< Absolute: the manifest URL's folder + the app part's path.
  std::size_t size = 0;
  crypto::Digest sha256{};
  std::string version;
};

/// The largest manifest read: a real one is under 1 KB.
inline constexpr std::size_t kMaxManifestBytes = 8 * 1024;

/// `chip_family` is the manifest's spelling: "ESP32" or "ESP32-S3". On failure returns nullopt and
/// sets `error` to a sentence for people.
std::optional<ManifestApp> read_manifest(std::string_view text, std::string_view manifest_url,
                                         std::string_view board, std::string_view chip_family,
                                         std::string& error);

/// Parses 64 lower- or upper-case hex digits.
std::optional<crypto::Digest> parse_sha256_hex(std::string_view hex);

/// `path` resolved against the folder of `base` ("http://h/r/m.json" + "a.bin" → "http://h/r/a.bin").
/// `path` must be a plain file name (no '/', no "..").
std::optional<std::string> resolve_beside(std::string_view base, std::string_view path);

}  // namespace printcam::ota
