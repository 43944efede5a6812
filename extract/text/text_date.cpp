#include "extract/text/text_date.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <optional>
#include <vector>

#include "extract/text/article_reader.hpp"
#include "extract/text/word_features.hpp"

namespace kg::text {
namespace {

// 1-12 for a month name or its news abbreviation ("Sept."), else 0.
int month_of(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  // Month names are capitalized; "may" in running text is the verb.
  if (word.empty() || word.front() < 'A' || word.front() > 'Z') return 0;
  std::string w = lowercase(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  for (size_t m = 0; m < kNames.size(); ++m) {
    const std::string_view name = kNames[m];
    if (w == name) return static_cast<int>(m) + 1;
    // "Jan", "Feb", "Sept", "Sep": three or four letters of the name, not "Mar" of "Marc".
    if (w.size() >= 3 && w.size() <= 4 && w != "may" && name.starts_with(w) && word.back() == '.')
      return static_cast<int>(m) + 1;
    if (w.size() == 3 && name.starts_with(w) && w != "mar" && w != "may")
      return static_cast<int>(m) + 1;
  }
  return 0;
}

std::optional<int> number(std::string_view w, size_t min_digits, size_t max_digits) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  if (w.size() < min_digits || w.size() > max_digits) return std::nullopt;
  int n = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

std::string format(int y, int m, int d) {
  if (y < 1800 || y > 2200 || !is_calendar_date(y, m, d)) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string date_in_text(std::string_view text, size_t window) {
  text = text.substr(0, std::min(window, text.size()));
  std::vector<std::string_view> words;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    // ISO: 1987-03-18
    if (w.size() >= 10 && w[4] == '-' && w[7] == '-') {
      const auto y = number(w.substr(0, 4), 4, 4), m = number(w.substr(5, 2), 2, 2),
                 d = number(w.substr(8, 2), 2, 2);
      if (y && m && d)
        if (std::string s = format(*y, *m, *d); !s.empty()) return s;
    }
    if (k + 2 >= words.size()) continue;
    // Month D[,] YYYY
    if (const int m = month_of(w); m > 0) {
      const auto d = number(words[k + 1], 1, 2);
      const auto y = number(words[k + 2], 4, 4);
      if (d && y)
        if (std::string s = format(*y, m, *d); !s.empty()) return s;
    }
    // D Month YYYY
    if (const auto d = number(w, 1, 2)) {
      const int m = month_of(words[k + 1]);
      const auto y = number(words[k + 2], 4, 4);
      if (m > 0 && y)
        if (std::string s = format(*y, m, *d); !s.empty()) return s;
    }
  }
  return {};
}

}  // namespace kg::text
