#pragma once
// Events and claims from parsed sentences: for every clause with a subject
// and a predicate (and for event nouns with a participant) an Event with its
// actor, action, target and modifiers; coordination, passives, relative and
// participial clauses, control verbs; reporting verbs turned into claims with
// their content linked; direct quotes (also across sentences) attributed to
// their speaker; "according to X" and "as reported by X" as carriers; modality
// and polarity; and in-document resolution of names, acronyms and pronouns.
// Const after construction; thread-safe.
#include <span>
#include <string_view>
#include <vector>

#include "extract/events/actor_coder.hpp"
#include "extract/events/actor_dictionary.hpp"
#include "extract/events/event.hpp"
#include "extract/events/verb_dictionary.hpp"
#include "extract/nlp/annotation.hpp"

namespace kg::events {

struct ExtractionResult {
  std::vector<EntityMention> mentions;
  std::vector<Event> events;
};

class EventExtractor {
 public:
  EventExtractor(const ActorDictionary& actors, const VerbDictionary& verbs);

  // Requires: sentences are the analyzed sentences of doc, in order.
  // `date` (YYYY-MM-DD or empty) is the article's date, for people's roles.
  ExtractionResult extract(const text::Document& doc,
                           std::span<const nlp::ParsedSentence> sentences,
                           std::string_view date) const;

  const VerbDictionary& verbs() const { return verbs_; }
  const ActorCoder& coder() const { return coder_; }

 private:
  const ActorDictionary& actors_;
  const VerbDictionary& verbs_;
  ActorCoder coder_;
};

}  // namespace kg::events
