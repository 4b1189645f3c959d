// printcam-image-check: runs the firmware's OTA image checks on files, as the camera would before
// installing them. Used by build/release/test-image-crosscheck.ts (through ctest) to prove that
// make-test-image.ts writes images the firmware accepts, and useful on a release's app .bin.
//   printcam-image-check [--board ID] FILE...
// Prints one line per file: "ok <version> <board> <bytes>" or "refused <code>: <reason>".
// Exit status: 0 when every file passed, 1 when one was refused, 2 on a usage error.

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/ota/board_identity.hpp"
#include "platform/host/sim_ota.hpp"

int main(int argc, char** argv) {
  using namespace printcam;
  std::string board_id = "ai-thinker-esp32-cam";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--board" && i + 1 < argc) {
      board_id = argv[++i];
    } else {
      files.push_back(arg);
    }
  }
  const generated::BoardInfo* board = generated::find_board(board_id);
  if (board == nullptr || files.empty()) {
    std::fprintf(stderr, "usage: printcam-image-check [--board ID] FILE...\n");
    return 2;
  }
  ota::ImageExpectations expect = ota::expectations_for(*board);
  expect.max_size = host::kSimSlotBytes;
  int status = 0;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::printf("refused unreadable: cannot open %s\n", file.c_str());
      status = 1;
      continue;
    }
    const std::vector<std::uint8_t> image((std::istreambuf_iterator<char>(in)),
                                          std::istreambuf_iterator<char>());
    ota::ImageInfo info;
    std::string reason;
    const ota::ImageError e = ota::check_image(image.data(), image.size(), expect, &info, &reason);
    if (e == ota::ImageError::kOk) {
      std::printf("ok %s %s %zu\n", info.version.c_str(), info.board.c_str(), image.size());
    } else {
      std::printf("refused %s: %s\n", std::string(ota::image_error_code(e)).c_str(), reason.c_str());
      status = 1;
    }
  }
  return status;
}
