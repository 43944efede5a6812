// Polarity and modality of a predicate: negation ("did not attack", "denied
// attacking"), plans ("will visit", "plans to meet"), hypotheticals ("if Beijing
// wanted to accuse Tokyo", "urged X to help", "X should join Y"), hedges ("reportedly") and
// questions.
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {

void modality(const SentenceContext& cx, int p, Event& e) {
  // Negation on the predicate or a negating verb above it ("denied attacking").
  bool negated = false;
  for (int c : cx.g.children(p)) {
    if ((cx.g.base(c) == "advmod" || cx.g.base(c) == "det") &&
        in(cx.g.lemma(c), {"not", "n't", "never"}))
      negated = true;
    // "will no longer tolerate", "no longer buys": what stops is not done.
    if (cx.g.base(c) == "advmod" && in(text::lowercase(cx.g.form(c)), {"longer", "more"}) &&
        std::ranges::any_of(cx.g.children(c),
                            [&](int d) { return text::lowercase(cx.g.form(d)) == "no"; }))
      negated = true;
  }
  bool hypothetical = false, planned = false, hedged = false;
  for (int c : cx.g.children(p)) {
    const std::string l = cx.g.lemma(c);
    if (cx.g.base(c) == "aux") {
      if (in(l, {"will", "shall", "'ll"}) || in(cx.g.form(c), {"will", "shall", "'ll", "wo"}))
        planned = true;
      if (in(l, {"would", "could"}) || in(cx.g.form(c), {"would", "could"})) hypothetical = true;
      // What should, must or can be done has not been done: "Washington should join Moscow".
      if (in(l, {"should", "must", "ought", "can"}) || in(cx.g.form(c), {"should", "must", "can"}))
        hypothetical = true;
      if (in(l, {"may", "might"}) || in(cx.g.form(c), {"may", "might"})) hedged = true;
    }
    if (cx.g.base(c) == "advmod" && is_hedge(l)) hedged = true;
    if (cx.g.base(c) == "mark" && in(l, {"if", "unless", "whether"})) hypothetical = true;
    if (cx.g.base(c) == "advcl") {
      const int m = cx.g.child(c, "mark");
      if (m >= 0 && in(cx.g.lemma(m), {"if", "unless"})) hypothetical = true;  // the consequent
    }
  }
  // Climb: content of a negating verb, controlled by a planning verb, inside an if-clause.
  for (int x = p, steps = 0; x >= 0 && steps < 8; ++steps) {
    const int h = cx.g.head(x);
    if (h < 0) break;
    const std::string_view b = cx.g.base(x);
    // A purpose ("sent troops to attack the rebels") is what the actor means to do.
    if (x == p && b == "advcl" && cx.g.tok(x).xpos == "VB") {
      const int m = cx.g.child(x, "mark");
      if (m >= 0 && cx.g.lemma(m) == "to") planned = true;
    }
    if (b == "xcomp" || b == "ccomp" || (b == "advcl" && cx.g.child(x, "mark") < 0)) {
      const std::string hl = cx.g.lemma(h);
      if (b != "ccomp" && is_planning(hl) && x == p) planned = true;
      // What one asks or urges another to do has not happened.
      if (b == "xcomp" && x == p && is_request(hl) &&
          (cx.g.child(h, "obj") >= 0 || cx.g.child(h, "iobj") >= 0))
        hypothetical = true;
      if (is_negating_verb(hl) && x == p) negated = !negated;
    }
    if (b == "advcl" || b == "xcomp" || b == "ccomp" || b == "conj") {
      const int m = cx.g.child(x, "mark");
      if (m >= 0 && in(cx.g.lemma(m), {"if", "unless", "whether"})) hypothetical = true;
      for (int c : cx.g.children(h))
        if (cx.g.base(c) == "aux" &&
            in(cx.g.form(c), {"would", "could", "should", "must", "can"}) && b != "ccomp")
          hypothetical = true;
    } else {
      break;
    }
    x = h;
  }
  // "is scheduled to", "is about to", "is to"
  const int h = cx.g.head(p);
  if (cx.g.base(p) == "xcomp" && h >= 0 && cx.g.child(h, "aux:pass") >= 0 &&
      is_planning(cx.g.lemma(h)))
    planned = true;
  const auto& toks = cx.g.sentence().tokens;
  const bool question =
      !toks.empty() && toks.back().form == "?" && (cx.g.head(p) < 0 || cx.g.base(p) == "conj");
  e.polarity = negated ? Polarity::Negated : Polarity::Affirmative;
  e.modality = question       ? Modality::Question
               : hypothetical ? Modality::Hypothetical
               : planned      ? Modality::Planned
               : hedged       ? Modality::Hedged
                              : Modality::Asserted;
}

}  // namespace kg::events::detail
