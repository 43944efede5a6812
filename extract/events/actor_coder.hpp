#pragma once
// Turns a noun phrase of a parsed sentence into a participant: its text,
// head, entity type and CAMEO actor code, from the actor dictionary (named
// people and organizations, countries, agent nouns) and the phrase's shape
// (titles, possessors, "of"/"in"/"from" phrases: "a court in Guyana" is GUYJUD).
// Never invents a code: unknown actors keep their text with an empty code.
#include <string>
#include <string_view>
#include <vector>

#include "extract/events/actor_dictionary.hpp"
#include "extract/events/event.hpp"
#include "extract/events/sentence_graph.hpp"

namespace kg::events {

struct PhraseInfo {
  Participant participant;
  std::vector<int> words;       // the phrase's words (sentence-relative)
  std::vector<int> name_words;  // the proper-name part, when there is one
  std::string name;             // the name as written ("Huang Chengqing"), "" if none
  bool named = false;           // matched a dictionary name (person, organization, country)
  bool entity_head = false;     // the head itself names an actor (a name or an agent noun)
  bool plural = false;
};

// Whether child `c` of a proper name is the charge hung on it, not part of who it is:
// "accused the United States of launching attacks" (acl), "of hacking", "for its
// actions" (a common noun after of/for/over). "Bank of America" keeps its "of".
bool is_charge_on_name(const SentenceGraph& g, int c);

// Whether child `c` is an acronym in parentheses defining its head: "... Center (CNCERT)".
bool is_acronym_appos(const SentenceGraph& g, int c);
// A legal form ending a company's name: "Inc", "Corp", "plc", "AG".
bool is_company_suffix(std::string_view form);

class ActorCoder {
 public:
  explicit ActorCoder(const ActorDictionary& dictionary) : dict_(dictionary) {}

  // Requires: head is a word of g. With drop_case, the phrase's own
  // preposition ("in" of "in Beijing") is left out; `exclude` relations are
  // left out at every level.
  PhraseInfo describe(const SentenceGraph& g, int head, std::string_view date,
                      bool drop_case = false,
                      const std::vector<std::string_view>& exclude = {}) const;

  // The code implied by a modifier word alone ("Israeli" in "Israeli shelling").
  std::string country_of_word(const SentenceGraph& g, int word) const;

  // Whether a word alone names an agent ("government", "settlers"), by its lemma.
  bool is_agent_word(std::string_view lemma) const;

  // What an unnamed actor with this code is called ("China government"), or "".
  std::string label_for_code(std::string_view code) const;

 private:
  const ActorDictionary& dict_;
};

}  // namespace kg::events
