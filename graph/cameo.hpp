#pragma once
// What kg's outputs say about CAMEO codes, from tables compiled into the
// binary: an event code's Goldstein weight, GDELT QuadClass and PLOVER event
// type (data/verbs/cameo_codes.tsv, data/plover/CAMEO2PLOVER-2021.txt), the
// colour class drawings use, and the parts of an actor code (country, agent
// types, known group). Pure lookups; thread-safe.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::graph {

// Goldstein weight (-10 .. +10) of an event code, nullopt when unknown.
std::optional<double> goldstein_of(std::string_view event_code);
// GDELT QuadClass by the code's root: 1 verbal cooperation, 2 material
// cooperation, 3 verbal conflict, 4 material conflict, 0 uncoded.
int quad_class_of_code(std::string_view event_code);
// PLOVER event type ("ACCUSE", "CONSULT") of the code or of its nearest
// parent; "" for codes PLOVER does not cover (roots 01 and 02).
std::string plover_of(std::string_view event_code);

// How drawings colour an action: a QuadClass, or Statement for the neutral
// and negative public statements of root 01 (comment, deny responsibility):
// GDELT files them under verbal cooperation, but a denial is no cooperation.
enum class ActionClass {
  Uncoded,
  Statement,
  VerbalCooperation,
  MaterialCooperation,
  VerbalConflict,
  MaterialConflict
};
ActionClass action_class(std::string_view event_code);

// An actor code split as GDELT does: USAGOV -> country USA, types {GOV};
// IGOUNOWHO -> types {IGO}, known group WHO; ---GOV -> no country, types {GOV}.
struct ActorCodeParts {
  std::string country;
  std::vector<std::string> types;
  std::string known_group;
  std::string agent() const { return types.empty() ? std::string() : types.front(); }
};
ActorCodeParts split_actor_code(std::string_view code);

// "government" for GOV, "" for an unknown agent code.
std::string agent_name(std::string_view agent_code);
// A code for people to read: itself, except codes of unknown country
// ("---GOV" -> "government (country unknown)").
std::string readable_actor_code(std::string_view code);

}  // namespace kg::graph
