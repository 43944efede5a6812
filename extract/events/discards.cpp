#include "extract/events/discards.hpp"

#include <algorithm>

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
  for (const DiscardPhrase& p : phrases) {
    if (skip.contains(p.text) || p.text.empty()) continue;
    Level& level = p.story ? story_ : sentence_;
    level.by_start[p.text.substr(0, std::min(kKey, p.text.size()))].push_back(level.phrases.size());
    level.phrases.push_back(p);
  }
}

const DiscardPhrase* DiscardList::match(std::string_view text, bool story_level) const {
  const Level& level = story_level ? story_ : sentence_;
  if (level.phrases.empty()) return nullptr;
  const std::string t = discard_text(text);  // one blank before every word, one at the end
  size_t best = level.phrases.size();
  std::string key;
  for (size_t at = 1; at < t.size(); ++at) {
    if (t[at - 1] != ' ' || t[at] == ' ') continue;
    for (size_t len = 1; len <= kKey && at + len <= t.size(); ++len) {
      key.assign(t, at, len);
      const auto it = level.by_start.find(key);
      if (it == level.by_start.end()) continue;
      for (const size_t i : it->second) {
        if (i >= best) break;  // indices ascend: a later phrase cannot win
        const DiscardPhrase& p = level.phrases[i];
        if (t.compare(at, p.text.size(), p.text) != 0) continue;
        const size_t end = at + p.text.size();
        const char next = end < t.size() ? t[end] : ' ';
        if (!p.whole_word || next == ' ' || next == '.' || next == '\'' || next == '-') best = i;
      }
    }
  }
  return best < level.phrases.size() ? &level.phrases[best] : nullptr;
}

}  // namespace kg::events
