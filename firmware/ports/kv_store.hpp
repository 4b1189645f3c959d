#pragma once
// The key-value store port, shaped after ESP-IDF NVS (nvs.h) so the ESP32 adapter is a direct
// translation: get_blob → nvs_get_blob (size query, then read), set_blob → nvs_set_blob,
// get/set_string → nvs_get_str/nvs_set_str, get/set_u32 → nvs_get_u32/nvs_set_u32,
// erase → nvs_erase_key, commit → nvs_commit. A namespace maps to one nvs_open() handle.
//
// Atomicity is NOT promised here: a write cut by a power loss may leave a key torn. The core
// builds its own guarantees on top (see core/settings/record_slots.hpp).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace printcam::ports {

enum class KvStatus : std::uint8_t {
  kOk,
  kNotFound,      ///< ESP_ERR_NVS_NOT_FOUND
  kTypeMismatch,  ///< ESP_ERR_NVS_TYPE_MISMATCH: the key holds another type.
  kInvalidName,   ///< ESP_ERR_NVS_KEY_TOO_LONG / invalid namespace.
  kNoSpace,       ///< ESP_ERR_NVS_NOT_ENOUGH_SPACE
  kIoError,       ///< Anything else; see platform_code.
};

struct KvResult {
  KvStatus status = KvStatus::kOk;
  /// The platform's own code (esp_err_t, errno) for logs; 0 when there is none.
  int platform_code = 0;
  bool ok() const { return status == KvStatus::kOk; }
};

class KvStore {
 public:
  /// NVS limits namespace and key names to 15 characters (NVS_KEY_NAME_MAX_SIZE - 1).
  static constexpr std::size_t kMaxNameLength = 15;

  virtual ~KvStore() = default;
  virtual KvResult get_blob(std::string_view ns, std::string_view key, std::vector<std::uint8_t>& out) = 0;
  virtual KvResult set_blob(std::string_view ns, std::string_view key, const std::uint8_t* data,
                            std::size_t n) = 0;
  virtual KvResult get_string(std::string_view ns, std::string_view key, std::string& out) = 0;
  virtual KvResult set_string(std::string_view ns, std::string_view key, std::string_view value) = 0;
  virtual KvResult get_u32(std::string_view ns, std::string_view key, std::uint32_t& out) = 0;
  virtual KvResult set_u32(std::string_view ns, std::string_view key, std::uint32_t value) = 0;
  /// Removing an absent key is kNotFound, like nvs_erase_key.
  virtual KvResult erase(std::string_view ns, std::string_view key) = 0;
  /// Makes the namespace's earlier writes durable.
  virtual KvResult commit(std::string_view ns) = 0;
};

}  // namespace printcam::ports
