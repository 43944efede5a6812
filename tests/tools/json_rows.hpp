#pragma once
// Reading the JSON Lines that kg's commands print, for the CLI tests.
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace kg::test {

// One JSON value per non-empty line.
inline std::vector<nlohmann::json> jsonl(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

// The relation record with this actor, CAMEO code and target, or nullptr.
inline const nlohmann::json* relation(const std::vector<nlohmann::json>& rows,
                                      const std::string& actor, const std::string& code,
                                      const std::string& target) {
  for (const auto& r : rows)
    if (r["actor"] == actor && r["code"] == code && r["target"] == target) return &r;
  return nullptr;
}

}  // namespace kg::test
