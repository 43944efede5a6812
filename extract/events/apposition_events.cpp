// Appositions as relations: "Huang, the director of CNCERT, ..." links the
// person to the organization ("be director of"); an acronym in parentheses only
// names its phrase again.
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"

namespace kg::events::detail {
using nlp::Upos;

void apposition_events(SentenceContext& cx, int n) {
  for (int c : cx.g.children(n)) {
    // "X (GATT)" names X again; it describes nothing.
    if (cx.g.base(c) != "appos" || cx.g.tok(c).upos != Upos::NOUN || is_acronym_appos(cx.g, c))
      continue;
    // "..., the state-run China Daily reported": a description glued to the name
    // after it is that name's, not an apposition of the noun before.
    const Words sub = cx.g.subtree(c, {});
    const int after = *std::max_element(sub.begin(), sub.end()) + 1;
    if (after < cx.g.size() && cx.g.tok(after).upos == Upos::PROPN) continue;
    const Participant a = participant(cx, n, true);
    const PhraseInfo role = cx.coder.describe(cx.g, c, cx.date);
    Participant t = role.participant;
    Action act{.text = "is", .lemma = "be", .span = cx.g.tok(c).bytes, .code = {}, .label = {}};
    // "Huang, the director of CNCERT": the affiliation is the relation, the organization
    // its target ("be director of"), so the graph links the person to it.
    for (int m : cx.g.children(c)) {
      const int cs = cx.g.child(m, "case");
      if (cx.g.base(m) != "nmod" || cs < 0 || cx.g.lemma(cs) != "of" ||
          cx.g.tok(m).upos != Upos::PROPN)
        continue;
      Participant org = participant(cx, m, true);
      if (org.code.empty() && org.entity.empty()) break;
      t = org;
      act.text = "is " + std::string(cx.g.form(c)) + " of";
      act.lemma = "be " + cx.g.lemma(c) + " of";
      break;
    }
    make_events(cx, c, {a}, {t}, act, {}, 0.5, false);
  }
}

}  // namespace kg::events::detail
