# The serial console's fuzz targets (PRINTCAM_FUZZ=ON, clang++): fuzz_improv, fuzz_console_line.
# Run: ./fuzz_improv -max_total_time=60 (add a corpus folder to keep what it finds).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "PRINTCAM_FUZZ needs clang++ (libFuzzer): configure with CXX=clang++")
endif()
foreach(name fuzz_improv fuzz_console_line)
  add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp)
  target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
  target_link_libraries(${name} PRIVATE printcam_core)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endforeach()
