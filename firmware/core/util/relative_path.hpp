#pragma once
// The Storage port's rule for file names (ports/storage.hpp, kBadPath), shared by every adapter so
// the simulated card and the real one refuse the same names.

#include <string_view>

namespace printcam::util {

/// Whether `path` is a safe relative path: not empty, not absolute, no "." or ".." segment, no
/// empty segment, no NUL.
bool is_safe_relative_path(std::string_view path);

}  // namespace printcam::util
