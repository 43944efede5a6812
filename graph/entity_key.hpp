#pragma once
// What makes two mentions the same entity, decided once for the graph and the
// store: a known name ("name:barack obama"; "Obama" and "President Obama" map
// to it through the actor dictionary), else the CAMEO code of an unnamed
// actor ("code:CHNGOV" for "Chinese officials" and "the Chinese government").
// Participants that are neither named nor coded to a country are not entities.
#include <optional>
#include <string>
#include <string_view>

#include "extract/events/event.hpp"

namespace kg::graph {

// Lowercase, no leading article, no possessive, single spaces.
std::string normalize_name(std::string_view name);

// The merge key of a participant, or nullopt when it is not an entity.
std::optional<std::string> entity_key(const events::Participant& p);

// Whether a key is a country's ("code:CHN"): such an entity is a GPE whatever
// the first mention's type was.
bool is_country_key(std::string_view key);
// The display name for a new entity created from this participant.
std::string display_name(const events::Participant& p);

// The key under which a relation groups its action: the CAMEO code when
// there is one, else the lemma ("call for").
std::string action_key(const events::Action& a);

}  // namespace kg::graph
