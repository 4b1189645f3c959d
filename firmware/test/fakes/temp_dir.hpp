#pragma once
// A fresh, uniquely named folder under /tmp for a host test. Unique per call (mkdtemp), because
// ctest runs each test case in its own process, in parallel: a name from rand() or a fixed one
// is shared between them.

#include <stdlib.h>

#include <string>

#include "catch2_compat.hpp"

namespace printcam::fakes {

inline std::string temp_dir(const std::string& prefix) {
  std::string tmpl = "/tmp/printcam-" + prefix + "-XXXXXX";
  REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
  return tmpl;
}

}  // namespace printcam::fakes
