#pragma once
// The one Catch2 include of every test: Catch2 v2 (Debian 12, Ubuntu 22.04) ships a single header,
// v3 (Debian 13, Ubuntu 24.04) a compiled library with catch_all.hpp. The tests use only the API
// the two share, so the same sources build against whichever the distribution has.

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
// v2 declares Approx at global scope; v3 keeps it in Catch.
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif
