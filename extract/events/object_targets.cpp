// Targets a verb's object points to rather than is. An event noun as object is
// aimed where it is directed: "launched an air strike against X", "ratified an
// agreement with the EU", "ordered the arrest of the leaders", "claimed
// responsibility for the attack on the mall" (the attack's own target). One's own
// forces or envoys withdrawn leave a place, which is the target: "withdrew its
// peacekeepers from Somalia".
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {
using text::lowercase;

namespace {

std::string prep_of_case(const SentenceContext& cx, int case_word) {
  return lowercase(cx.g.form(case_word));
}

// The child of `n` whose preposition is one of `preps`, or -1.
int nmod_with(const SentenceContext& cx, int n, std::initializer_list<std::string_view> preps) {
  for (int c : cx.g.children(n)) {
    const int cs = cx.g.child(c, "case");
    if (cx.g.base(c) == "nmod" && cs >= 0 &&
        std::ranges::find(preps, std::string_view(prep_of_case(cx, cs))) != preps.end())
      return c;
  }
  return -1;
}

bool names_actor(const SentenceContext& cx, int h) {
  return !cx.coder.describe(cx.g, h, cx.date).participant.code.empty();
}

}  // namespace

int event_object_direction(const SentenceContext& cx, std::string_view lemma, int obj,
                           std::span<const std::pair<int, std::string>> obliques) {
  int directed = nmod_with(
      cx, obj,
      {"against", "on", "with", "at", "to", "for", "over", "into", "upon", "toward", "towards"});
  // "ordered the arrest of the leaders", "a blockade of Serbia": an act of force or
  // coercion, or an inquiry, is done to what follows "of" ("the withdrawal of troops"
  // names what withdraws, "the suspension of links" what is suspended). Only where the
  // noun is the act: "condemned the bombing of the embassy by Israeli jets" is aimed at
  // the bombers.
  const std::string noun_code = event_noun_code(cx, obj);
  const bool noun_is_act =
      is_light_verb(lemma) ||
      in(lemma, {"order", "announce", "declare", "decree", "begin", "start", "launch", "conduct",
                 "tighten", "impose", "enforce", "intensify", "step", "continue"});
  if (directed < 0 && noun_is_act && noun_code.size() >= 2 &&
      in(noun_code.substr(0, 2), {"09", "17", "18", "19", "20"}))
    directed = nmod_with(cx, obj, {"of"});
  // ("cancelled a planned visit to Haiti", the "to" phrase parsed on the verb.)
  for (const auto& [c, prep] : obliques)
    if (directed < 0 && !is_time_word(cx.g.lemma(c)) &&
        in(prep, {"against", "on", "with", "at", "for", "over", "into", "upon", "toward", "towards",
                  "to"}))
      directed = c;
  // "claimed responsibility for the attack on the mall in Nairobi": what an act named
  // there was aimed at.
  if (directed >= 0 && !event_noun_code(cx, directed).empty() && !names_actor(cx, directed)) {
    const int inner = nmod_with(cx, directed, {"on", "against", "at", "upon"});
    if (inner >= 0 && names_actor(cx, inner)) return inner;
    // "a deadly attack targeting civilians at a mall in Nairobi"
    for (int v : cx.g.children(directed)) {
      if (cx.g.base(v) != "acl" || cx.g.tok(v).upos != nlp::Upos::VERB) continue;
      for (int a : cx.g.children(v)) {
        const int cs = cx.g.child(a, "case");
        const bool aimed =
            cx.g.base(a) == "obj" || (cx.g.base(a) == "obl" && cs >= 0 &&
                                      in(prep_of_case(cx, cs), {"at", "on", "against", "upon"}));
        if (aimed && names_actor(cx, a)) return a;
      }
    }
  }
  return directed;
}

int measured(const SentenceContext& cx, int obj) {
  if (!is_measure_noun(lowercase(cx.g.lemma(obj)))) return -1;
  for (int c : cx.g.children(obj)) {
    const int cs = cx.g.child(c, "case");
    if (cx.g.base(c) == "nmod" && cs >= 0 && lowercase(cx.g.form(cs)) == "of") return c;
  }
  return -1;
}

int place_left(const SentenceContext& cx, std::string_view lemma, int obj,
               const std::vector<Participant>& actors,
               std::span<const std::pair<int, std::string>> obliques) {
  if (!in(lemma, {"withdraw", "pull", "recall", "evacuate"})) return -1;
  // Read with describe(): the phrases are registered as mentions once, by the caller.
  const std::string withdrawn = cx.coder.describe(cx.g, obj, cx.date).participant.code;
  const bool own = withdrawn.empty() || withdrawn.starts_with("---") ||
                   std::ranges::any_of(actors, [&](const Participant& a) {
                     return a.code.size() >= 3 && withdrawn.starts_with(a.code.substr(0, 3));
                   });
  if (!own) return -1;
  for (const auto& [c, prep] : obliques)
    if (prep == "from" && names_actor(cx, c)) return c;
  return -1;
}

}  // namespace kg::events::detail
