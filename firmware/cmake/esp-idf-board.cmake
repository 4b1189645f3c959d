# Picks the board for an ESP-IDF build from boards/boards.json (-DPRINTCAM_BOARD=<id>), then sets
# what ESP-IDF must know before project(): the target chip, and an sdkconfig fragment with the
# board's flash size, partition table and PSRAM mode. Each build directory keeps its own
# sdkconfig, so one checkout builds every board side by side.
if(CMAKE_VERSION VERSION_LESS 3.19)
  message(FATAL_ERROR "Reading boards.json needs CMake 3.19 or newer (string(JSON)).")
endif()

set(PRINTCAM_BOARD "ai-thinker-esp32-cam" CACHE STRING "Board id from firmware/boards/boards.json")
set(_boards_file "${CMAKE_CURRENT_LIST_DIR}/../boards/boards.json")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_boards_file}")
file(READ "${_boards_file}" _boards)

string(JSON _count LENGTH "${_boards}" boards)
math(EXPR _last "${_count} - 1")
set(_ids "")
foreach(_i RANGE ${_last})
  string(JSON _id GET "${_boards}" boards ${_i} id)
  list(APPEND _ids ${_id})
  if(_id STREQUAL PRINTCAM_BOARD)
    string(JSON _board GET "${_boards}" boards ${_i})
  endif()
endforeach()
if(NOT DEFINED _board)
  string(REPLACE ";" ", " _ids "${_ids}")
  message(FATAL_ERROR "Unknown PRINTCAM_BOARD '${PRINTCAM_BOARD}'. Boards: ${_ids}")
endif()

string(JSON _chip GET "${_board}" chip)
string(JSON _flash_mb GET "${_board}" flashMB)
string(JSON _psram GET "${_board}" psram)
string(JSON _partitions GET "${_board}" partitionTable)

# idf.py set-target passes IDF_TARGET; it must agree with the board.
if(DEFINED ENV{IDF_TARGET} AND NOT "$ENV{IDF_TARGET}" STREQUAL _chip)
  message(FATAL_ERROR "IDF_TARGET=$ENV{IDF_TARGET} but board ${PRINTCAM_BOARD} is an ${_chip}.")
endif()
if(DEFINED IDF_TARGET AND NOT IDF_TARGET STREQUAL _chip)
  message(FATAL_ERROR "IDF_TARGET=${IDF_TARGET} but board ${PRINTCAM_BOARD} is an ${_chip}.")
endif()
set(IDF_TARGET ${_chip})

# A build directory configured for one board keeps that board's sdkconfig: refuse to mix.
if(DEFINED CACHE{PRINTCAM_BOARD_CONFIGURED} AND NOT PRINTCAM_BOARD_CONFIGURED STREQUAL PRINTCAM_BOARD)
  message(FATAL_ERROR "This build directory is for ${PRINTCAM_BOARD_CONFIGURED}; use a fresh one "
                      "for ${PRINTCAM_BOARD} (idf.py -B build/${PRINTCAM_BOARD} ...).")
endif()
set(PRINTCAM_BOARD_CONFIGURED ${PRINTCAM_BOARD} CACHE INTERNAL "Board this build directory is for")

set(_fragment "${CMAKE_BINARY_DIR}/sdkconfig.board")
set(_lines "# Generated from boards/boards.json for ${PRINTCAM_BOARD}.\n")
string(APPEND _lines "CONFIG_ESPTOOLPY_FLASHSIZE_${_flash_mb}MB=y\n")
string(APPEND _lines "CONFIG_PARTITION_TABLE_CUSTOM_FILENAME=\"${_partitions}\"\n")
if(_psram STREQUAL "octal")
  string(APPEND _lines "CONFIG_SPIRAM_MODE_OCT=y\n")
endif()
file(WRITE "${_fragment}" "${_lines}")

set(SDKCONFIG_DEFAULTS "${CMAKE_CURRENT_LIST_DIR}/../sdkconfig.defaults;${_fragment}")
set(SDKCONFIG "${CMAKE_BINARY_DIR}/sdkconfig")

# One version for the web build and the firmware: package.json's, unless the release passes one.
if(NOT DEFINED PROJECT_VER)
  file(READ "${CMAKE_CURRENT_LIST_DIR}/../../package.json" _package)
  string(JSON PROJECT_VER GET "${_package}" version)
endif()
