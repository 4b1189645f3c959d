#include "platform/esp32/esp_kv_store.hpp"

#include <nvs_flash.h>

namespace printcam::esp32 {
namespace {

using ports::KvResult;
using ports::KvStatus;

KvResult result(esp_err_t err) {
  switch (err) {
    case ESP_OK:
      return {};
    case ESP_ERR_NVS_NOT_FOUND:
      return {KvStatus::kNotFound, err};
    case ESP_ERR_NVS_TYPE_MISMATCH:
      return {KvStatus::kTypeMismatch, err};
    case ESP_ERR_NVS_KEY_TOO_LONG:
    case ESP_ERR_NVS_INVALID_NAME:
      return {KvStatus::kInvalidName, err};
    case ESP_ERR_NVS_NOT_ENOUGH_SPACE:
      return {KvStatus::kNoSpace, err};
    default:
      return {KvStatus::kIoError, err};
  }
}

}  // namespace

esp_err_t EspKvStore::init_flash() {
  esp_err_t err = nvs_flash_init();
  if (err == ESP_ERR_NVS_NO_FREE_PAGES || err == ESP_ERR_NVS_NEW_VERSION_FOUND) {
    err = nvs_flash_erase();
    if (err == ESP_OK) err = nvs_flash_init();
  }
  return err;
}

EspKvStore::~EspKvStore() {
  for (const auto& [name, h] : handles_) nvs_close(h);
}

esp_err_t EspKvStore::handle(std::string_view ns, nvs_handle_t& out) {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (const auto it = handles_.find(ns); it != handles_.end()) {
    out = it->second;
    return ESP_OK;
  }
  std::string name(ns);
  const esp_err_t err = nvs_open(name.c_str(), NVS_READWRITE, &out);
  if (err == ESP_OK) handles_.emplace(std::move(name), out);
  return err;
}

KvResult EspKvStore::get_blob(std::string_view ns, std::string_view key, std::vector<std::uint8_t>& out) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  const std::string k(key);
  std::size_t size = 0;
  esp_err_t err = nvs_get_blob(h, k.c_str(), nullptr, &size);
  if (err != ESP_OK) return result(err);
  out.resize(size);
  err = nvs_get_blob(h, k.c_str(), out.data(), &size);
  out.resize(err == ESP_OK ? size : 0);
  return result(err);
}

KvResult EspKvStore::set_blob(std::string_view ns, std::string_view key, const std::uint8_t* data,
                              std::size_t n) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  return result(nvs_set_blob(h, std::string(key).c_str(), data, n));
}

KvResult EspKvStore::get_string(std::string_view ns, std::string_view key, std::string& out) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  const std::string k(key);
  std::size_t size = 0;  // counts the terminating NUL
  esp_err_t err = nvs_get_str(h, k.c_str(), nullptr, &size);
  if (err != ESP_OK) return result(err);
  std::string value(size, '\0');
  err = nvs_get_str(h, k.c_str(), value.data(), &size);
  if (err != ESP_OK) return result(err);
  value.resize(size > 0 ? size - 1 : 0);
  out = std::move(value);
  return {};
}

KvResult EspKvStore::set_string(std::string_view ns, std::string_view key, std::string_view value) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  return result(nvs_set_str(h, std::string(key).c_str(), std::string(value).c_str()));
}

KvResult EspKvStore::get_u32(std::string_view ns, std::string_view key, std::uint32_t& out) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  return result(nvs_get_u32(h, std::string(key).c_str(), &out));
}

KvResult EspKvStore::set_u32(std::string_view ns, std::string_view key, std::uint32_t value) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  return result(nvs_set_u32(h, std::string(key).c_str(), value));
}

KvResult EspKvStore::erase(std::string_view ns, std::string_view key) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  return result(nvs_erase_key(h, std::string(key).c_str()));
}

KvResult EspKvStore::commit(std::string_view ns) {
  nvs_handle_t h;
  if (const esp_err_t err = handle(ns, h); err != ESP_OK) return result(err);
  return result(nvs_commit(h));
}

}  // namespace printcam::esp32
