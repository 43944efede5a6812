#pragma once
// Splitting dictionary fields: "China|Chinese|Beijing" into its alternatives.
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

// The parts of `s` between `sep` characters, empty parts included.
inline std::vector<std::string> split_fields(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t p = 0;
  while (true) {
    const size_t q = s.find(sep, p);
    out.emplace_back(s.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p));
    if (q == std::string_view::npos) break;
    p = q + 1;
  }
  return out;
}

}  // namespace kg::text
