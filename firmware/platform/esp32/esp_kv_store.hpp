#pragma once
// The KvStore port over NVS (ports/kv_store.hpp lists the call each method makes). One nvs_open
// handle per namespace, opened on first use and kept. Atomicity: the port promises none and the
// core's settings records (core/settings/record_slots.hpp) bring their own — two CRC-sealed slots,
// the older one overwritten, then nvs_commit — so this adapter adds nothing on top. NVS is itself
// built to leave the old entry readable when a write is cut, which those records do not rely on.

#include <nvs.h>

#include <map>
#include <mutex>
#include <string>

#include "ports/kv_store.hpp"

namespace printcam::esp32 {

class EspKvStore final : public ports::KvStore {
 public:
  /// nvs_flash_init. A partition NVS cannot use as it is (no free pages, or written by a newer NVS
  /// format) is erased and initialized again, as ESP-IDF prescribes: nothing on it is readable.
  static esp_err_t init_flash();

  ~EspKvStore() override;
  ports::KvResult get_blob(std::string_view ns, std::string_view key,
                           std::vector<std::uint8_t>& out) override;
  ports::KvResult set_blob(std::string_view ns, std::string_view key, const std::uint8_t* data,
                           std::size_t n) override;
  ports::KvResult get_string(std::string_view ns, std::string_view key, std::string& out) override;
  ports::KvResult set_string(std::string_view ns, std::string_view key, std::string_view value) override;
  ports::KvResult get_u32(std::string_view ns, std::string_view key, std::uint32_t& out) override;
  ports::KvResult set_u32(std::string_view ns, std::string_view key, std::uint32_t value) override;
  ports::KvResult erase(std::string_view ns, std::string_view key) override;
  ports::KvResult commit(std::string_view ns) override;

 private:
  /// The namespace's handle, opened read-write (which creates the namespace) on first use.
  esp_err_t handle(std::string_view ns, nvs_handle_t& out);

  std::mutex mutex_;
  std::map<std::string, nvs_handle_t, std::less<>> handles_;
};

}  // namespace printcam::esp32
