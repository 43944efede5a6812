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
void tag_known_names(const ActorDictionary& dictionary, std::span<nlp::ParsedToken> tokens);

}  // namespace kg::events
