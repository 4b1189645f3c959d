#pragma once
// The setup AP password's secret (core/network/ap_credentials.hpp): 16 random bytes made at first
// boot and kept in their own NVS namespace, which a settings reset does not touch, so the
// password printed for the user stays valid.

#include <cstdint>
#include <vector>

#include "ports/kv_store.hpp"
#include "ports/system.hpp"

namespace printcam::esp32 {

std::vector<std::uint8_t> ap_secret_id(ports::KvStore& kv, ports::System& system);

}  // namespace printcam::esp32
