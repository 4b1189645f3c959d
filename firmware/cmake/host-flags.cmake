# Strict flags for every host target: warnings are errors, and by default the address and
# undefined-behaviour sanitizers stop at the first finding.
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

option(PRINTCAM_SANITIZE "Build with ASan and UBSan" ON)
option(PRINTCAM_COVERAGE "Build with gcov coverage" OFF)
option(PRINTCAM_FUZZ "Build the libFuzzer targets in test/fuzz (needs clang++)" OFF)

add_compile_options(-Wall -Wextra -Werror -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                    -Wunused -Woverloaded-virtual -Wformat=2)
if(PRINTCAM_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(PRINTCAM_COVERAGE)
  add_compile_options(--coverage -O0)
  add_link_options(--coverage)
endif()

# Fuzz builds instrument every library for coverage; the fuzz targets link libFuzzer's main.
if(PRINTCAM_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PRINTCAM_FUZZ needs clang++: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
