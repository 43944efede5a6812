#include "extract/events/discards.hpp"

namespace kg::events {

std::string discard_text(std::string_view text) {
  std::string out = " ";
  for (char c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '(' ||
                       c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == ':' ||
                       c == '!' || c == '?';
    if (blank) {
      if (out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

void DiscardList::add(std::span<const DiscardPhrase> phrases,
                      const std::unordered_set<std::string>& skip) {
  for (const DiscardPhrase& p : phrases)
    if (!skip.contains(p.text)) (p.story ? story_ : sentence_).push_back(p);
}

const DiscardPhrase* DiscardList::match(std::string_view text, bool story_level) const {
  const auto& list = story_level ? story_ : sentence_;
  if (list.empty()) return nullptr;
  const std::string t = discard_text(text);
  std::string needle;
  for (const DiscardPhrase& p : list) {
    needle = " " + p.text;
    for (size_t at = t.find(needle); at != std::string::npos; at = t.find(needle, at + 1)) {
      if (!p.whole_word) return &p;
      const char next = t[at + needle.size()];  // t ends with a blank
      if (next == ' ' || next == '.' || next == '\'' || next == '-') return &p;
    }
  }
  return nullptr;
}

}  // namespace kg::events
