#pragma once
// The board table's entry (generated/boards.hpp, from boards/boards.json) as the adapters' own
// configuration: which pins each one drives. Nothing here is chosen; it is only carried over.

#include "generated/boards.hpp"
#include "platform/esp32/esp_camera.hpp"
#include "platform/esp32/esp_led.hpp"

namespace printcam::esp32 {

inline EspCameraWiring camera_wiring(const generated::BoardInfo& board) {
  return {board.camera, board.xclk_hz};
}

inline EspLedConfig flash_led(const generated::BoardInfo& board) {
  return {board.flash_led_kind, board.flash_led_pin};
}

}  // namespace printcam::esp32
