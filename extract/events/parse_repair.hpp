#pragma once
// Corrections of parse errors the shipped model makes systematically on news, applied
// in place to the extractor's copy of each sentence before extraction (the analysis
// `kg parse` prints is left as the model made it). Each leaves a sentence without its
// pattern unchanged.
#include <functional>
#include <span>
#include <string_view>

#include "extract/nlp/annotation.hpp"

namespace kg::events {

// "The army fired shells at the town", "Police detained BJP leaders": a short clause
// whose past-tense verb the model read as an adjective inside one noun phrase ("army
// fired shells" with "shells" as the root). The verb becomes the root, the noun before
// it the subject, the old root the object, and the old root's prepositional phrases
// the verb's obliques. Also "Riot police used tear gas to ...", read as a noun root
// with a participle after it that has an object (which no passive participle has).
void repair_verb_read_as_modifier(nlp::ParsedSentence& sentence);

// "Zambia extradited the militant to Britain on Sunday, an official said", "Rice imports
// increased to 82 billion francs, the ministry said": news puts what was said first and
// the reporting clause last. The model often reads the first verb as a modifier of a
// noun (amod, acl) and hangs the first subject on the reporting verb, which then has
// two subjects. The first verb becomes the reported clause (ccomp) with the first
// subject as its subject, and the noun it modified before it, its object.
void repair_content_before_reporting_clause(nlp::ParsedSentence& sentence);

// "demanded that the Sudanese government end curbs on the press": a subjunctive verb
// the tagger was told is a verb (tag_mandative_subjunctives) but the model still hung
// inside a noun phrase, with "that" heading the clause. The verb becomes the clause's
// head, the phrase before it its subject and the phrase after it its object.
void repair_subjunctive_read_as_noun(nlp::ParsedSentence& sentence);

// "killed in police firing", "injured in the shelling": an -ing word with a preposition
// and a determiner or noun modifier of its own is a noun (a gerund naming the act),
// which the model read as a verb. It becomes the noun, so its doer ("police") is read
// as an event noun's.
void repair_gerund_read_as_verb(nlp::ParsedSentence& sentence);

// "Mr Brown and Mr Blair met": two names joined by "and" that the model read as one
// name (a titled second name hung on the first as "flat"), or as two subjects of one
// verb with the "and" inside the second. The second becomes a conjunct of the first.
void repair_coordinated_titled_names(nlp::ParsedSentence& sentence);

// "a government-held part of Aleppo", "Kurdish-led forces", "rebel-controlled areas":
// the noun before the hyphen modifies the participle (UD's obl:npmod), however the
// model attached it (often as a second object). A territory held by the government
// is no government.
void repair_hyphenated_participles(nlp::ParsedSentence& sentence);

// "Rebels blocked transport into the capital", "the firm received a takeover offer",
// "both cut their bonus rates": a noun phrase right after a verb that has no object,
// read by the model as an oblique with no preposition. Only time phrases ("met
// Tuesday") and measures ("rose 5 pct") are bare obliques in news; any other such
// phrase is the verb's object.
void repair_object_read_as_oblique(nlp::ParsedSentence& sentence);

// "Iran pressured Syria to expel the rebels", "ordered the troops to withdraw": the
// infinitive after a verb of asking or forcing with an object is what the object is
// asked to do (object control, UD xcomp), which the model read as a purpose (advcl)
// of the asker. ("called a meeting to discuss" is a purpose: "call" is left alone.)
void repair_control_read_as_purpose(nlp::ParsedSentence& sentence);

// "The rebel Kurdistan Workers' Party issued ...", "the militant group Islamic Jihad":
// a word for a political group (rebel, opposition, group, party, movement ...)
// followed, with no comma, by a name the model hung on it as an appositive. The name heads the
// phrase and the noun describes it (a compound), so the name's code is the phrase's.
void repair_name_read_as_apposition(nlp::ParsedSentence& sentence);

// "Texaco has alleged Pennzoil violated the rule": a finite verb with a subject of its
// own is a complement clause (ccomp), never an open complement (xcomp), whatever the
// model labelled it; so what is alleged, said or demanded is read with its subject.
void repair_finite_open_complement(nlp::ParsedSentence& sentence);

// "Procter and Gamble Co", "Coast Savings and Loan Association", "Wyrough and Loser Inc":
// a capitalized name joined by "and"/"&" and ending in a legal form or an
// organization word is one company, not two coordinated names. Its words become one
// name (compounds of its last word), attached where the name was.
// `known` says whether words name an actor the dictionaries know; such a half is an
// actor of its own ("Pennzoil and Getty Oil Co").
using KnownName = std::function<bool(std::span<const std::string_view>)>;
void repair_company_names_with_and(nlp::ParsedSentence& sentence, const KnownName& known);

}  // namespace kg::events
