// Query strings come straight from the URL of any request.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/http/query.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using printcam::http::Query;
  const std::string raw(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto q = Query::parse(raw, error);
  if (!q) {
    if (error.empty()) std::abort();  // Every refusal says why.
    return 0;
  }
  if (q->params().size() > printcam::http::kMaxQueryParams) std::abort();
  for (const auto& [name, value] : q->params()) {
    // get() returns the first value of a name; all() contains it first.
    const auto first = q->get(name);
    const auto every = q->all(name);
    if (!first || every.empty() || every.front() != *first) std::abort();
    if (name.size() + value.size() > raw.size()) std::abort();  // Decoding never grows text.
  }
  return 0;
}
