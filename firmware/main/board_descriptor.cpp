// printcam's board descriptor (core/ota/esp_image.hpp): "PCBOARD\0" and the board id, NUL-padded
// to 32 bytes, in .rodata_custom_desc, which ESP-IDF's linker script places right after
// esp_app_desc_t (image offset 288). OTA refuses an image whose descriptor names another board.
// main/CMakeLists.txt links it with -u so --gc-sections keeps it although nothing refers to it.

#include "core/ota/esp_image.hpp"

struct PrintcamBoardDescriptor {
  char magic[8];
  char board[printcam::ota::kBoardIdSize];
};
static_assert(sizeof(PrintcamBoardDescriptor) == printcam::ota::kBoardDescSize, "layout of esp_image.hpp");
static_assert(sizeof(PRINTCAM_BOARD_ID) <= printcam::ota::kBoardIdSize,
              "board id too long for the descriptor");

extern "C" __attribute__((section(".rodata_custom_desc"), used))
const PrintcamBoardDescriptor printcam_board_descriptor = {{'P', 'C', 'B', 'O', 'A', 'R', 'D', '\0'},
                                                           PRINTCAM_BOARD_ID};
