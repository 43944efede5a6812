#pragma once
// Tag corrections made between tagging and parsing, for news constructions the
// tagger (trained on web text) gets wrong in a way the parser cannot recover from.
#include <functional>
#include <span>
#include <string_view>

#include "extract/events/actor_dictionary.hpp"
#include "extract/events/verb_dictionary.hpp"
#include "extract/nlp/annotation.hpp"

namespace kg::events {

// The retagging `kg extract` and `kg parse` both do between tagging and parsing:
// known multi-word names (tag_known_names), nouns that head an indefinite phrase,
// past tenses after a day (tag_past_after_day), planning verbs read as plural nouns,
// then infinitives after a verb that takes one and subjunctives after a word of
// demanding, of verbs either dictionary knows.
void retag_before_parsing(const ActorDictionary& actors, const VerbDictionary& verbs,
                          std::span<nlp::ParsedToken> tokens);

// "demanded that the government release the prisoners", "insisted that Pyongyang end
// its tests": after a verb or noun of demanding and "that", a singular subject takes
// the verb's bare form (the mandative subjunctive), which the tagger reads as a noun
// ("government release" as one phrase). A bare form that `is_verb` knows, right after
// the subject's noun and before its object, is retagged as a verb (VB).
using IsVerb = std::function<bool(std::string_view lemma)>;
void tag_mandative_subjunctives(std::span<nlp::ParsedToken> tokens, const IsVerb& is_verb);

// "offered to hand over to Britain two nationals", "threatened to strike the base": after
// a verb that takes an infinitive and "to", a bare form the tagger read as a singular
// noun ("to hand" as "at hand"; "to sue" as a name) is the infinitive when `is_verb` knows it and
// its complement follows (a determiner, preposition, particle, pronoun, name or number).
void tag_control_infinitives(std::span<nlp::ParsedToken> tokens, const IsVerb& is_verb);

// "While saying he admired Mr Blair's leadership": a nominative pronoun ("he", "they")
// is always a subject, so an -ed word right after it that the tagger read as an
// adjective or participle is its verb in the past tense (VBD), when `is_verb` knows it.
void tag_past_after_subject_pronoun(std::span<nlp::ParsedToken> tokens, const IsVerb& is_verb);

// "A suspect held in Guantanamo for 33 months plans to sue the government": after a
// noun, a plural of planning ("plans", "hopes", "vows") followed by "to" and a verb
// `is_verb` knows, with its object after it, is the verb of the sentence (VBZ), and the
// infinitive after it a verb, not a noun with a prepositional phrase.
void tag_planning_verbs_read_as_nouns(std::span<nlp::ParsedToken> tokens, const IsVerb& is_verb);

// "Arafat Wednesday rejected a US offer to host a summit": a phrase opened by "a" or "an"
// is singular, so a word tagged as a plural or bare verb (VBP, VB) right after its
// modifiers ("a US offer", "a British plan") is its head noun.
void tag_indefinite_heads(std::span<nlp::ParsedToken> tokens);

// "Kenyan officials today criticised Uganda", "the ministry yesterday denied the
// report": news puts the day between subject and verb, after which the tagger reads the
// past tense as a participle (VBN) modifying what follows. A participle with an object
// after it, right after "today", "yesterday", "tonight" or a weekday that follows its
// subject, is the past tense (VBD).
void tag_past_after_day(std::span<nlp::ParsedToken> tokens);

// Whether a verb takes a to-infinitive complement ("offer", "agree", "threaten").
bool takes_infinitive(std::string_view lemma);

// Whether the word is a verb or noun of demanding that takes "that" and a subjunctive.
bool is_mandative(std::string_view lemma);

}  // namespace kg::events
