#include "core/ota/manifest.hpp"

#include "core/json/json_reader.hpp"
#include "core/net/url.hpp"

namespace printcam::ota {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool plain_file_name(std::string_view p) {
  if (p.empty() || p == "." || p == "..") return false;
  for (char c : p) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

const json::Value* member(const json::Value& obj, std::string_view key, json::Value::Kind kind) {
  const json::Value* v = obj.is_object() ? obj.find(key) : nullptr;
  return v != nullptr && v->kind() == kind ? v : nullptr;
}

}  // namespace

std::optional<crypto::Digest> parse_sha256_hex(std::string_view hex) {
  crypto::Digest d{};
  if (hex.size() != d.size() * 2) return std::nullopt;
  for (std::size_t i = 0; i < d.size(); ++i) {
    const int hi = hex_digit(hex[2 * i]), lo = hex_digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    d[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return d;
}

std::optional<std::string> resolve_beside(std::string_view base, std::string_view path) {
  const auto url = net::parse_url(base);
  if (!url || !plain_file_name(path)) return std::nullopt;
  std::string folder = url->path.substr(0, url->path.find_first_of("?#"));
  folder.resize(folder.rfind('/') + 1);
  return url->scheme + "://" + url->authority() + folder + std::string(path);
}

std::optional<ManifestApp> read_manifest(std::string_view text, std::string_view manifest_url,
                                         std::string_view board, std::string_view chip_family,
                                         std::string& error) {
  using Kind = json::Value::Kind;
  if (text.size() > kMaxManifestBytes) {
    error = "The manifest is larger than " + std::to_string(kMaxManifestBytes) +
            " bytes: not a printcam manifest.";
    return std::nullopt;
  }
  json::Value doc;
  json::ParseError parse_error;
  if (!json::parse(text, doc, parse_error, json::Limits{8, kMaxManifestBytes})) {
    error = "The manifest is not valid JSON (byte " + std::to_string(parse_error.offset) + ": " +
            parse_error.message + ").";
    return std::nullopt;
  }
  const json::Value* m_board = member(doc, "board", Kind::kString);
  const json::Value* builds = member(doc, "builds", Kind::kArray);
  const json::Value* version = member(doc, "version", Kind::kString);
  if (m_board == nullptr || builds == nullptr || version == nullptr) {
    error = "The manifest lacks board, version or builds: it is not a printcam release manifest.";
    return std::nullopt;
  }
  if (m_board->as_string() != board) {
    error = "The manifest is for the board \"" + m_board->as_string() + "\" and this camera is \"" +
            std::string(board) + "\". Use the manifest of your board.";
    return std::nullopt;
  }
  for (const json::Value& build : builds->items()) {
    const json::Value* family = member(build, "chipFamily", Kind::kString);
    if (family == nullptr || family->as_string() != chip_family) continue;
    const json::Value* app = member(build, "app", Kind::kObject);
    const json::Value* path = app ? member(*app, "path", Kind::kString) : nullptr;
    const json::Value* size = app ? member(*app, "size", Kind::kNumber) : nullptr;
    const json::Value* sha = app ? member(*app, "sha256", Kind::kString) : nullptr;
    if (path == nullptr || size == nullptr || sha == nullptr || !size->is_integer() || size->as_int() <= 0) {
      error = "The manifest's " + std::string(chip_family) +
              " build has no usable app part (path, size, sha256).";
      return std::nullopt;
    }
    ManifestApp out;
    const auto url = resolve_beside(manifest_url, path->as_string());
    const auto digest = parse_sha256_hex(sha->as_string());
    if (!url || !digest) {
      error = "The manifest's app part has a bad path or SHA-256.";
      return std::nullopt;
    }
    out.url = *url;
    out.size = static_cast<std::size_t>(size->as_int());
    out.sha256 = *digest;
    out.version = version->as_string();
    return out;
  }
  error = "The manifest has no build for " + std::string(chip_family) + ".";
  return std::nullopt;
}

}  // namespace printcam::ota
