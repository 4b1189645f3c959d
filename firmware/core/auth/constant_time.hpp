#pragma once

#include <string_view>

namespace printcam::auth {

/// True when `secret` and `candidate` are equal, taking the same time wherever they differ: the
/// loop runs over every byte of `candidate` whatever it holds, so response timing tells an
/// attacker nothing about how much of a guess was right.
bool constant_time_equals(std::string_view secret, std::string_view candidate);

}  // namespace printcam::auth
