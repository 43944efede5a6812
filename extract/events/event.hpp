#pragma once
// Events and claims extracted from text: who did or said what to whom, with
// the evidence (byte spans into Document::text), CAMEO codes where they
// apply, and who asserted or carried the claim. Value types only.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/document.hpp"

namespace kg::events {

enum class EntityType : uint8_t { Person, Org, Gpe, Group, Other, Clause };
std::string_view to_string(EntityType t);
std::optional<EntityType> parse_entity_type(std::string_view s);

enum class Polarity : uint8_t { Affirmative, Negated };
enum class Modality : uint8_t { Asserted, Hedged, Hypothetical, Planned, Question };
std::string_view to_string(Polarity p);
std::string_view to_string(Modality m);

// A participant: actor, target, speaker or carrier.
struct Participant {
  std::string text;  // the phrase as written
  std::string head;  // its head word
  text::ByteSpan span;
  std::string entity;  // canonical name of the entity it refers to ("" if none)
  std::string label;   // a short name for an unnamed coded actor ("China government")
  EntityType type = EntityType::Other;
  std::string code;  // CAMEO actor code, "" when unknown (never guessed)
  int mention = -1;  // index into ExtractedDocument::mentions
  // The country part of `code` was not in the phrase but taken from the article
  // ("the home secretary" in a British article: GBRGOV); see document_country.hpp.
  bool country_inferred = false;
};

struct Action {
  std::string text;     // predicate as written, with auxiliaries, negation, particle, preposition
  std::string lemma;    // "call for", "accuse", "be"
  text::ByteSpan span;  // of the predicate's head word
  std::string code;     // CAMEO event code, "" when the predicate is not in the dictionary
  std::string label;
  double goldstein = 0;
  int quad_class =
      0;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
};

// The action without its code, label, Goldstein weight and QuadClass: an open
// relation, as kg emits for an act it has no code for.
void clear_code(Action& a);

struct Modifier {
  std::string role;  // time, place, manner, content, other
  std::string text;
  text::ByteSpan span;
};

struct Event {
  int id = 0;  // unique within the document, from 1
  uint32_t sentence = 0;
  text::ByteSpan sentence_span;
  std::optional<Participant> actor;
  Action action;
  std::optional<Participant> target;
  std::vector<Modifier> modifiers;
  std::optional<Participant> speaker;  // who asserted it, when it is reported
  std::optional<Participant> carrier;  // who carried the report ("according to Reuters")
  std::optional<int> claim_of;         // id of the reporting event this is the content of
  Polarity polarity = Polarity::Affirmative;
  Modality modality = Modality::Asserted;
  double confidence = 0.5;
};

// An entity mention in the document, after in-document resolution.
struct EntityMention {
  uint32_t sentence = 0;
  text::ByteSpan span;
  std::string text;
  std::string canonical;  // full name this mention refers to ("" for unnamed coded actors)
  std::string label;      // short name of an unnamed coded actor
  EntityType type = EntityType::Other;
  std::string code;
  std::vector<std::string> roles;  // "director of CNCERT"
  std::string acronym;             // "CNCERT" for the center's full name
  int antecedent = -1;             // the mention it was resolved to, -1 if none
  bool country_inferred = false;   // as Participant::country_inferred
};

}  // namespace kg::events
