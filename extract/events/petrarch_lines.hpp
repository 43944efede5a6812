#pragma once
// Line-level helpers shared by the PETRARCH dictionary readers (internal to
// petrarch_reader.cpp and petrarch_verbs.cpp): PETRARCH's comment rules ('#'
// anywhere on a line, '<!-- ... -->' on one line, ';' after a TABARI-era
// entry), blank lines skipped, words split on blanks and '_'.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/errors.hpp"

namespace kg::events {

inline std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

inline std::string strip_comment(std::string_view line) {
  std::string s(line.substr(0, line.find('#')));
  if (const auto c = s.find(';'); c != std::string::npos) s.erase(c);
  for (auto open = s.find("<!--"); open != std::string::npos; open = s.find("<!--")) {
    const auto close = s.find("-->", open);
    s.erase(open, close == std::string::npos ? std::string::npos : close + 3 - open);
  }
  return s;
}

inline std::vector<std::string> split_any(std::string_view s, std::string_view seps) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p < s.size()) {
    const auto q = s.find_first_of(seps, p);
    const auto part = s.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p);
    out.emplace_back(part);
    if (q == std::string_view::npos) break;
    p = q + 1;
  }
  return out;
}

// Words separated by blanks (tabs included).
inline std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  for (auto& w : split_any(s, " \t\r"))
    if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// "GORDON_BROWN_ " -> "GORDON BROWN": '_' and blanks both separate words.
inline std::string join_words(std::string_view s) {
  std::string out;
  for (const auto& w : split_any(s, " \t\r_"))
    if (!w.empty()) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Calls fn(line_number, text) for each line that is not blank once comments are gone.
template <typename Fn>
void for_each_line(const std::filesystem::path& path, std::string_view what, Fn&& fn) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string() + ": cannot open " + std::string(what));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    const std::string s = strip_comment(line);
    if (s.find_first_not_of(" \t\r") == std::string::npos) continue;
    // Keep the leading tab of date lines: actors tell them apart by it.
    fn(n, std::string_view(s));
  }
}

}  // namespace kg::events
