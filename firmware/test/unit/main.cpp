// Catch2 v2 only: the header-only v2 defines main() in the one file that sets CATCH_CONFIG_MAIN.
// With v3, CMake links Catch2::Catch2WithMain instead and leaves this file out.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
