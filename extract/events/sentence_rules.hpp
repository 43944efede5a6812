#pragma once
// The extraction rules, one construction per file (the comment at the top of
// each .cpp says which, with an example). Each takes the sentence's context
// and adds to it; extract_sentence runs them in word order.
#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "extract/events/sentence_context.hpp"

namespace kg::events::detail {

// Whether any of these names a coded actor.
inline bool any_coded(const std::vector<Participant>& ps) {
  return std::any_of(ps.begin(), ps.end(), [](const Participant& p) { return !p.code.empty(); });
}

// participants.cpp
std::vector<Participant> participants(SentenceContext& cx, int head, bool drop_case);
Participant participant(SentenceContext& cx, int head, bool drop_case,
                        std::vector<Participant>* expansion = nullptr);
Participant participant_without(SentenceContext& cx, int head, int clause);
// participants() that name a coded actor.
std::vector<Participant> coded_participants(SentenceContext& cx, int head, bool drop_case);
// A clause as a target ("that the attacks came from ..."), without its "that".
Participant clause_participant(const SentenceContext& cx, int clause);
void register_mention(SentenceContext& cx, const PhraseInfo& info, int head, Participant& p);

// mention_resolution.cpp
bool resolve(SentenceContext& cx, int head, Participant& p, std::vector<Participant>* expansion);

// clause_subjects.cpp
Words subjects_of(const SentenceContext& cx, int p, bool& inherited, bool& patient_from_noun);

// verb_clauses.cpp, copular_nominal_events.cpp, apposition_events.cpp
void verb_events(SentenceContext& cx, int p);
void copular_events(SentenceContext& cx, int p);
void nominal_events(SentenceContext& cx, int n);
// The event noun word `w` says its subject takes part in ("were engaged in fierce
// fighting", "was involved in the bombing", "took part in the attack"), or -1.
int event_taken_part_in(const SentenceContext& cx, int w);
void apposition_events(SentenceContext& cx, int n);

// event_building.cpp
std::string action_text(const SentenceContext& cx, int p, const Words& extra);
Action action_for(const SentenceContext& cx, int p, const Words& text_words,
                  const PredicateShape& shape);
std::vector<Modifier> modifiers(const SentenceContext& cx, int p, const Words& skip);
// Adds an event as one of predicate `p`'s (rules that derive events collect them while
// reading the predicates and add them after).
void append_event(SentenceContext& cx, int p, Event e);
void make_events(SentenceContext& cx, int p, const std::vector<Participant>& actors,
                 const std::vector<Participant>& targets, Action action,
                 const std::vector<Modifier>& mods, double confidence, bool symmetric);

// Who owns such a noun: "France" in "the decision by France", "Japan's plan",
// "the Israeli proposal"; empty when nobody coded does. `from_source`: "an appeal from
// X" names its owner too (for words, not for deeds: "the deportation of migrants
// from Libya" is no act of Libya's).
std::vector<Participant> stance_owner(SentenceContext& cx, int noun, bool from_source = true);
// object_targets.cpp: the phrase an event noun object of verb `lemma` is directed at
// ("launched a strike against X", "ordered the arrest of X", "claimed responsibility
// for the attack on X"), or -1; and the place one's own forces or envoys are withdrawn
// from ("withdrew its troops from Somalia"), or -1.
int event_object_direction(const SentenceContext& cx, std::string_view lemma, int obj,
                           std::span<const std::pair<int, std::string>> obliques);
int place_left(const SentenceContext& cx, std::string_view lemma, int obj,
               const std::vector<Participant>& actors,
               std::span<const std::pair<int, std::string>> obliques);
// The thing a measure object measures ("700 kg of medicine" -> medicine), or -1.
int measured(const SentenceContext& cx, int obj);
// Checks and recodes of a verbal clause's action code (clause_codes.cpp).
void drop_uncalled_code(const SentenceContext& cx, Action& action, std::string_view lemma,
                        bool agentless_passive, const std::vector<Participant>& actors,
                        const std::vector<Participant>& targets);
void code_from_governed_noun(const SentenceContext& cx, std::string_view lemma, int obj,
                             Action& action);
void drop_policy_code(const SentenceContext& cx, Action& action, int p, int target_head,
                      const std::vector<Participant>& targets);
void recode_strike_on_state(const SentenceContext& cx, std::string_view lemma,
                            const std::vector<Participant>& targets, Action& action);
void drop_figurative_force(const std::vector<Participant>& actors,
                           const std::vector<Participant>& targets, Action& action);
bool shared_relation(const SentenceContext& cx, std::string_view lemma, int obj,
                     const Action& action, const std::vector<Participant>& actors,
                     const std::vector<Participant>& targets);
// The "unless"/"if" clauses hung on word `h` ("will attack unless ...").
std::vector<int> condition_clauses(const SentenceContext& cx, int h);
// Whom a threat by `actor` at predicate `p` is aimed at: the coded subject of its
// "unless"/"if" condition ("will strike unless Israel withdraws"); empty if none.
std::vector<Participant> condition_target(SentenceContext& cx, int p, const Participant& actor);
// Whether the noun `n` names an act ("the bombing", "an admission", "the arrests"): an
// event noun, or a nominalization that is no agent word ("government", "settlement").
bool is_act_noun(const SentenceContext& cx, int n);
// A conflict code (17-20) against such a noun (`against_words`) becomes 111.
// So does one by a party, the press or a politician on a political actor.
void recode_verbal_attack(const SentenceContext& cx, Action& action, bool against_words,
                          const std::vector<Participant>& actors,
                          const std::vector<Participant>& targets);

// "A roadside bomb killed two soldiers", "were killed by an explosive device", "killed
// in a car bomb explosion": a weapon or blast written where the doer (`how`) stands is
// how, not who. The act becomes a bombing (its noun's code); when those words are the
// actors (`doer_is_actor`) and none is coded, they move to `displaced` and the event
// has no actor: returns true then.
bool recode_weapon_as_doer(const SentenceContext& cx, Action& action, const Words& how,
                           bool doer_is_actor, std::vector<Participant>& actors,
                           std::vector<Modifier>& displaced);

// The code a clause's own predicate would get ("share information" -> 064).
std::string complement_code(const SentenceContext& cx, int clause);
// The event of a state one is "on" ("on strike" 143, "on alert" 150): a protest or a
// show of force; "" for anything else ("on holiday").
std::string on_state_code(const SentenceContext& cx, int noun);
// The code of an event noun ("talks", "raid", "agreement") by its lemma or its form.
std::string event_noun_code(const SentenceContext& cx, int noun);
// Sets an action's code with its label, Goldstein weight and QuadClass.
void set_code(const SentenceContext& cx, Action& action, std::string code);
// A commitment ("agreed to", "pledged to", "vowed to") codes the intent to do what
// it commits to: 03x for cooperation, 13x for force or punishment.
void recode_commitment(const SentenceContext& cx, int p, Action& action);
// The intent to cooperate (03x) of doing an act of root `root` (04 -> 036, 07 -> 033 ...),
// or "" for a root that is no cooperation.
std::string_view cooperation_intent_code(std::string_view root);
// Whether clause `c` is an infinitive complement: an xcomp, or an adverbial clause with
// "to" ("threatened on Monday to break relations", parsed as advcl).
bool is_infinitive_complement(const SentenceContext& cx, int c);

// reported_stances.cpp: demands, appeals, criticism and praise inside what a speaker
// says of another actor ("said Iran must stop", "said the bill was flawed").
void stances_in_content(SentenceContext& cx, int p, const std::vector<Participant>& speakers,
                        double confidence);

// complement_targets.cpp: a coded act aimed at nobody coded takes its target from its
// complement clause ("demanded that its partners refuse", "offered to hand over to Britain").
void complement_targets(SentenceContext& cx);
// "The US claimed that they had attacked Iraq": claiming one's own act is claiming
// responsibility for it (015), aimed at whom the act was.
void claims_of_own_acts(SentenceContext& cx);

// threats.cpp: force or punishment announced or held over a condition is a threat
// (13x) by whoever holds it ("will withdraw unless", "said they would blockade").
void threats_from_intentions(SentenceContext& cx);
// Cooperation announced for later or offered on a condition ("will provide aid", "would
// meet him if ...") is an expressed intent (03x) by the one who will act.
void intentions_from_plans(SentenceContext& cx);
// Declining to cooperate ("will not accept", "did not agree") is a rejection (12x).
void refusals_from_negations(SentenceContext& cx);

// modality.cpp
void modality(const SentenceContext& cx, int p, Event& e);

// claims.cpp
void link_claims(SentenceContext& cx);
void attach_carriers(SentenceContext& cx);
void follow_quotation(DocState& st, const nlp::ParsedSentence& s, size_t before);

// event_extractor.cpp
void extract_sentence(SentenceContext& cx);

}  // namespace kg::events::detail
