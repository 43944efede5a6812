// Checks and recodes of a verbal clause's action code from what its arguments are:
// codes PETRARCH's generic verbs give between phrases nobody codes, states of mind and
// the writer's hedges are dropped; a business supplying is trade; a light verb takes its event
// noun's code; a strike on a state is force; force with no victim and no one able to use it is a
// figure of speech; a relation two actors make is with each other. Called by verb_events.
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {

void drop_uncalled_code(const SentenceContext& cx, Action& action, std::string_view lemma,
                        bool agentless_passive, const std::vector<Participant>& actors,
                        const std::vector<Participant>& targets) {
  if (action.code.empty()) return;
  // PETRARCH's verb blocks code generic verbs ("think", "increase", "want", "receive")
  // for the actors its patterns expect; between phrases nobody codes, such a code is
  // noise, so a lemma only PETRARCH lists needs a coded actor or target.
  const bool own = cx.verbs.lists_own(lemma);
  if (!own && !any_coded(actors) && !any_coded(targets)) return clear_code(action);
  // "Unisys introduced two new computers", "the bank increased its offer": a business
  // doing something to a thing is commerce; PETRARCH's generic verbs code it only
  // toward someone coded.
  const auto business = [](const Participant& a) {  // a central bank (GOVBUS) is the state's
    return (a.code.ends_with("BUS") && a.code.find("GOV") == std::string::npos) ||
           a.code.starts_with("MNC");
  };
  if (!own && !any_coded(targets) && !actors.empty() && std::ranges::all_of(actors, business))
    return clear_code(action);

  // "NEC will supply Matra with technology", "the firm delivered 20 aircraft to Iberia": a
  // business giving is selling (061), not aid; aid words ("provided relief") code their
  // own 07x.
  if ((action.code == "070" || action.code == "071") && !actors.empty() &&
      std::ranges::all_of(actors, business) && in(lemma, {"supply", "provide", "sell", "ship"}))
    set_code(cx, action, "061");
  // "The company cut exports by 5 pct": a business curbing its own trade imposes no
  // embargo on anyone.
  if (action.code.starts_with("163") && !any_coded(targets) && !actors.empty() &&
      std::ranges::all_of(actors, business))
    return clear_code(action);
  // "I think prices will rise", "we expect the deficit to widen", "we need $20bn": a
  // state of mind PETRARCH codes is an event only toward someone coded.
  if (!own && !any_coded(targets) && is_mental_state(lemma)) return clear_code(action);
  // "Japan is expected to attend", "Iran is believed to have armed them": an
  // agentless passive of expecting, believing or saying is the writer's hedge about
  // another act, not an act of anyone's.
  if (agentless_passive &&
      in(lemma, {"expect", "believe", "think", "say",      "report",   "consider",   "understand",
                 "know",   "rumour",  "rumor", "estimate", "fear",     "suppose",    "allege",
                 "reckon", "see",     "hope",  "predict",  "forecast", "anticipate", "tip"}))
    clear_code(action);
}

void drop_policy_code(const SentenceContext& cx, Action& action, int p, int target_head,
                      const std::vector<Participant>& targets) {
  const std::string lemma = cx.g.lemma(p);
  // "Japan must boost domestic demand", "the Treasury permits reconstituting bonds": a
  // verb only PETRARCH lists, acting on a thing that names nobody anywhere in it, is
  // policy or markets, not an event ("cancelled a planned visit to Haiti" names Haiti,
  // "prohibit aid to the rebels" the rebels).
  if (action.code.empty() || target_head < 0 || targets.empty()) return;
  // "Inco closed 1-3/8 lower", "shares rose 5 pct": a number is nobody, whoever's verb.
  if (cx.g.tok(target_head).upos == nlp::Upos::NUM && !any_coded(targets))
    return clear_code(action);
  if (cx.verbs.lists_own(lemma)) return;
  const bool someone = std::ranges::any_of(
      targets, [](const Participant& t) { return !t.code.empty() || t.type != EntityType::Other; });
  if (someone) return;
  Words where = cx.g.subtree(target_head);  // the thing, and the verb's obliques
  for (int c : cx.g.children(p))
    if (cx.g.base(c) == "obl")
      for (int w : cx.g.subtree(c)) where.push_back(w);
  for (int w : where) {
    const nlp::Upos u = cx.g.tok(w).upos;
    if (u == nlp::Upos::PROPN || u == nlp::Upos::PRON ||
        !cx.coder.country_of_word(cx.g, w).empty() || cx.coder.is_agent_word(cx.g.lemma(w)))
      return;
  }
  clear_code(action);
}

void code_from_governed_noun(const SentenceContext& cx, std::string_view lemma, int obj,
                             Action& action) {
  // "has an agreement with the EC", "began talks with Ford", "carried out a raid on the
  // camp": a verb that means nothing of its own takes the code of the event noun it
  // governs (its target is already the one the noun is directed at).
  // A verb only PETRARCH codes ("organized a general strike": 050) yields to the noun too.
  if ((action.code.empty() || !cx.verbs.lists_own(lemma)) &&
      (is_light_verb(lemma) ||
       in(lemma, {"have", "begin", "start", "resume", "continue", "conclude", "complete", "enter",
                  "renew", "seal", "organize", "organise", "call"}))) {
    const std::string noun_code = event_noun_code(cx, obj);
    if (!noun_code.empty()) set_code(cx, action, noun_code);
    return;
  }
  // "announced a suspension of air links with Serbia", "ordered the arrest of the
  // leaders", "declared a blockade": announcing or ordering a measure is taking it;
  // "committed a massacre", "perpetrated the attack": the violent deed is the act.
  if (in(lemma, {"announce", "order", "declare", "decree"})) {
    const std::string noun_code = event_noun_code(cx, obj);
    if (!noun_code.empty()) set_code(cx, action, noun_code);
  }
  // (Only violence is committed so: "committed the offences he is charged with" is no
  // accusation by whoever committed them.)
  if (in(lemma, {"commit", "perpetrate"})) {
    const std::string noun_code = event_noun_code(cx, obj);
    if (noun_code >= "18" && noun_code < "21") set_code(cx, action, noun_code);
  }
}

void recode_strike_on_state(const SentenceContext& cx, std::string_view lemma,
                            const std::vector<Participant>& targets, Action& action) {
  // "Jets struck Syria", "would strike Iran": a strike on a state or its forces is
  // force, not a labour strike (143, which kg's file gives the bare verb).
  if (lemma == "strike" && action.code == "143" &&
      std::ranges::any_of(targets, [](const Participant& t) {
        return t.code.size() == 3 || t.code.ends_with("MIL") || t.code.ends_with("GOV") ||
               t.code.ends_with("REB") || t.type == EntityType::Gpe;
      }))
    set_code(cx, action, "190");
}

void drop_figurative_force(const std::vector<Participant>& actors,
                           const std::vector<Participant>& targets, Action& action) {
  // "more machines hit the market", "the debt problem hangs over the banks": force
  // (18-20) needs someone it is used on (a coded actor other than a business, or a
  // person, whose country the article may give later), or a doer who can use it (not
  // a business, office or thing); between such phrases PETRARCH's conflict verbs are
  // figures of speech. Runs after the passive's patient became the target.
  if (action.code.size() >= 2 && action.code[0] == '1' && action.code[1] >= '8' &&
      !std::ranges::any_of(targets,
                           [](const Participant& t) {
                             return (!t.code.empty() && !t.code.ends_with("BUS")) ||
                                    t.type == EntityType::Person;
                           }) &&
      !std::ranges::any_of(actors, [](const Participant& a) { return can_use_force(a.code); }))
    clear_code(action);
  // "a fall in oil prices hit Indonesia", "the recession battered the exporters": a
  // change in the economy, or the weather, strikes no one, whoever it hurts.
  const auto economic_change = [](const Participant& a) {
    return a.code.empty() && a.type == EntityType::Other &&
           in(text::lowercase(a.head),
              {"fall",     "drop",     "decline",  "rise",      "slump",       "slide",  "plunge",
               "increase", "slowdown", "downturn", "recession", "price",       "prices", "cost",
               "costs",    "rate",     "rates",    "inflation", "deficit",     "debt",   "weakness",
               "strength", "shortage", "drought",  "flood",     "floods",      "storm",  "weather",
               "surge",    "currency", "dollar",   "yen",       "competition", "demand", "glut"});
  };
  if (action.code.size() >= 2 && action.code[0] == '1' && action.code[1] >= '8' &&
      !actors.empty() && std::ranges::all_of(actors, economic_change))
    clear_code(action);
}

bool shared_relation(const SentenceContext& cx, std::string_view lemma, int obj,
                     const Action& action, const std::vector<Participant>& actors,
                     const std::vector<Participant>& targets) {
  // "Czechia and Albania upgraded their ties", "India and Pakistan signed an accord": a
  // relation the actors make, mend or break, or call theirs, is with each other.
  return actors.size() >= 2 && obj >= 0 && !any_coded(targets) && !action.code.empty() &&
         in(cx.g.lemma(obj), {"tie", "ties", "relation", "relations", "cooperation", "alliance",
                              "partnership", "agreement", "accord", "treaty", "pact", "deal"}) &&
         (in(lemma, {"sign", "reach", "conclude", "establish", "restore", "resume", "forge", "cut",
                     "sever", "break", "normalise", "normalize", "upgrade", "downgrade",
                     "strengthen", "improve"}) ||
          std::ranges::any_of(cx.g.children(obj), [&](int c) {
            return (cx.g.rel(c) == "nmod:poss" && cx.g.lemma(c) == "their") ||
                   (cx.g.base(c) == "amod" && in(cx.g.lemma(c), {"bilateral", "mutual"}));
          }));
}

}  // namespace kg::events::detail
