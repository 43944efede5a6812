#pragma once
// The state the extraction rules share. DocState lives for one article: its
// mentions (for resolution), its events and an open quotation. SentenceContext
// lives for one sentence: the dictionaries, the parse, the article's date, and
// what the rules have found so far in the sentence (predicates with their
// events, words already consumed, carriers). Every rule takes it explicitly.
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "extract/events/actor_coder.hpp"
#include "extract/events/event.hpp"
#include "extract/events/sentence_graph.hpp"
#include "extract/events/verb_dictionary.hpp"

namespace kg::events::detail {

using Words = std::vector<int>;  // sentence-relative word indices

struct MentionRef {
  int index;  // into DocState::mentions
  uint32_t sentence;
  int token;
  bool subject;
};

// A quotation opened in one sentence and attributed when it closes.
struct QuoteState {
  bool open = false;
  std::vector<size_t> pending;  // indices into DocState::events, waiting for a speaker
};

struct DocState {
  std::vector<EntityMention> mentions;
  std::vector<MentionRef> refs;
  std::vector<Event> events;
  int next_id = 1;
  QuoteState quote;
};

struct PredicateEvents {
  int predicate = -1;
  std::vector<int> event_indices;  // into DocState::events
  std::vector<int> content;        // clause heads this reporting predicate introduces
  bool reporting = false;
  bool report_carrier = false;  // "X reported": X carried the content
};

struct SentenceContext {
  const ActorCoder& coder;
  const VerbDictionary& verbs;
  const SentenceGraph& g;
  DocState& doc;
  uint32_t index;         // of the sentence in the document
  std::string_view date;  // the article's, YYYY-MM-DD or empty
  std::map<int, PredicateEvents> preds;
  std::set<int> skip_as_event;  // nouns consumed by a light verb, "as reported by" clauses
  std::vector<Participant> carriers;
};

inline bool is_subject(const SentenceContext& cx, int tok) {
  const std::string_view b = cx.g.base(tok);
  return b == "nsubj" || b == "csubj";
}

}  // namespace kg::events::detail
