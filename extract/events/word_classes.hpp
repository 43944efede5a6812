#pragma once
// Closed word classes the extraction rules reason with: reporting, planning,
// request and negating verbs, hedges, time words, light verbs. Lemmas, lowercase.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/annotation.hpp"

namespace kg::events::detail {

inline bool in(std::string_view x, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), x) != set.end();
}

bool is_reporting(std::string_view l);
bool is_symmetric(std::string_view l);
bool is_planning(std::string_view l);
bool is_request(std::string_view l);
bool is_negating_verb(std::string_view l);
bool is_hedge(std::string_view l);
bool is_time_word(std::string_view l);
bool is_light_verb(std::string_view l);
// Verbs of giving and handing on ("sell", "provide", "extradite"): the one given to
// ("to Britain") is who the act is aimed at, more than the thing given.
bool is_transfer_verb(std::string_view l);
// Nouns that measure or hold an amount of something: "700 kg of medicine", "a shipment
// of arms", "5 pct"; the thing is in their "of" phrase when they have one.
bool is_measure_noun(std::string_view l);
// Weapons that explode ("bomb", "device", "mine", "grenade"): an attack with one is a bombing.
bool is_explosive(std::string_view l);
bool is_nominal(nlp::Upos u);
// Words about words ("plan", "proposals", "claims"), singular or plural.
bool is_discourse_noun(std::string_view head);
// Verbs of thinking, perceiving, wanting and needing ("think", "see", "want", "need").
bool is_mental_state(std::string_view lemma);
// Whether an actor with this code can use force: a state ("ISR"), those who bear
// arms, and people who can riot or fight (civilians, opposition, students, workers);
// not an unknown phrase, a business, or an office (government, legislature, court,
// media), whose "attacks" and "fights" in news are words.
bool can_use_force(std::string_view code);
// Adds each phrase again with the word the dictionaries may use instead: "diplomatic
// ties" for "diplomatic relations" and back, "truce" and "cease-fire" for
// "ceasefire", so "upgraded their diplomatic ties" matches PETRARCH's "UPGRADE
// {DIPLOMATIC RELATIONS}".
void add_synonym_phrases(std::vector<std::string>& phrases);
// A noun made from a verb ("admission", "violations", "removal", "bombing"): it names
// an act, whose doer its "by" phrase or possessor gives.
bool is_nominalization(std::string_view form);

}  // namespace kg::events::detail
