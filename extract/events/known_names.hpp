#pragma once
// Taggers trained on web text split news names ("the state-run China Daily
// reported": Daily as an adverb). Names the actor dictionary knows are retagged
// as proper nouns before parsing, so the parser sees one name.
#include <span>

#include "extract/events/actor_dictionary.hpp"
#include "extract/nlp/annotation.hpp"

namespace kg::events {

// Retags the words of known multi-word names written capitalized ("China Daily",
// "White House", "Muslim Brotherhood") as PROPN/NNP (NNPS for plurals).
// Starts with write_known_names.
void tag_known_names(const ActorDictionary& dictionary, std::span<nlp::ParsedToken> tokens);

// In a sentence written all in capitals or all in lower case, case says
// nothing: known names ("us", "china", "GORDON BROWN") get the form the
// dictionary writes them in ("US", "China", "Gordon Brown") and a proper-noun
// tag, so the parser and the actor coder see names. A one-word name the tagger
// calls a pronoun or function word stays what it is ("told us"), unless a
// determiner comes before it ("the us"). Token bytes are untouched, so the
// text shown is the text as written.
void write_known_names(const ActorDictionary& dictionary, std::span<nlp::ParsedToken> tokens);

}  // namespace kg::events
