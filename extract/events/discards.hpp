#pragma once
// PETRARCH's discard list (Phoenix.discards.txt): phrases that mark a story
// (`+` lines) or a sentence as one not to code (sports, entertainment,
// markets, chronologies). A phrase matches, as in PETRARCH, where the text has
// it after a blank, case-insensitively; it is a stem ("CHAMPION" matches
// "CHAMPIONSHIP") unless it was written with a final `_`, when it must end at
// a blank or punctuation mark. Const after loading; thread-safe.
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/events/petrarch_reader.hpp"

namespace kg::events {

class DiscardList {
 public:
  // Phrases in `skip` (upper case, as DiscardPhrase::text) are left out.
  void add(std::span<const DiscardPhrase> phrases,
           const std::unordered_set<std::string>& skip = {});

  // The first phrase of the given level (in list order) found in `text`, or nullptr.
  const DiscardPhrase* match(std::string_view text, bool story_level) const;

  size_t size() const { return story_.phrases.size() + sentence_.phrases.size(); }

 private:
  // Phrases by their first kKey characters (all of them when shorter), so a text is
  // read once instead of once per phrase.
  static constexpr size_t kKey = 3;
  struct Level {
    std::vector<DiscardPhrase> phrases;
    std::unordered_map<std::string, std::vector<size_t>> by_start;
  };
  Level story_, sentence_;
};

// PETRARCH's matching text: upper case, brackets, quotes and clause punctuation
// as blanks, blanks collapsed, one blank in front.
std::string discard_text(std::string_view text);

}  // namespace kg::events
