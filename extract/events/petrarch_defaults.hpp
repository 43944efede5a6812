#pragma once
// kg's default knowledge: its own data/actors and data/verbs, merged with the
// PETRARCH2 dictionaries shipped unchanged in data/petrarch2/. kg's own entry
// for a name, agent term or verb lemma wins; data/petrarch_skip.tsv names the
// PETRARCH entries kg leaves out (common words as names, year discards ...),
// each with its reason. docs/extraction.md states the rule.
#include <filesystem>
#include <string>
#include <unordered_set>

#include "extract/events/actor_dictionary.hpp"
#include "extract/events/discards.hpp"
#include "extract/events/verb_dictionary.hpp"

namespace kg::events {

struct PetrarchSkip {
  std::unordered_set<std::string> actors;    // lowercase names
  std::unordered_set<std::string> agents;    // lowercase terms
  std::unordered_set<std::string> discards;  // upper-case phrases
};

// Lines "actor|agent|discard<TAB>entry<TAB>why"; '#' comments. Throws
// ModelError naming file:line for a malformed line.
PetrarchSkip read_petrarch_skip(const std::filesystem::path& path);

// The PETRARCH files under `data_dir`/petrarch2 (without data/petrarch_skip.tsv's
// entries) added after kg's own entries. Throws ModelError when the folder is missing.
void add_shipped_petrarch(const std::filesystem::path& data_dir, ActorDictionary& actors,
                          VerbDictionary& verbs, DiscardList& discards);

}  // namespace kg::events
