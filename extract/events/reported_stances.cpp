// Stances inside what a speaker says. Beside the statement itself (010), a
// reported clause about another actor can be an act toward that actor:
//   "Germany said Iran must stop enrichment"           -> DEU 100 (demand) IRN
//   "the minister said Japan should open its markets"   -> appeal (020) to Japan
//   "brokers said Aquino had to improve order"          -> appeal too: "have to", "need to"
//   "the lawyer said the government should have acted"  -> criticism (111): a duty missed
//   "Mr Jack said the bill was flawed"                  -> criticism of the bill's owner
//   "he said Mr Blair's leadership was courageous"      -> praise (051) of Mr Blair
//   "researchers warned the plan could undermine trust" -> criticism of the plan's owner
//   "Labour insisted that the minister resign"          -> demand (100) of the minister
// Judging words come from data/verbs/evaluations.tsv. A negated judgement ("was not
// wrong") and a clause about the speaker itself code nothing; a negated duty ahead
// ("should not abandon") is still an appeal.
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/tag_repair.hpp"
#include "extract/events/word_classes.hpp"

namespace kg::events::detail {

namespace {

bool is_harm_verb(std::string_view lemma) {
  return in(lemma, {"undermine", "damage", "hurt", "harm", "destroy", "weaken", "wreck", "ruin",
                    "jeopardise", "jeopardize", "endanger", "cripple", "devastate", "erode",
                    "sabotage", "betray", "mislead"});
}

bool negated(const SentenceContext& cx, int head) {
  return std::ranges::any_of(cx.g.children(head), [&](int c) {
    return cx.g.base(c) == "advmod" && in(cx.g.lemma(c), {"not", "n't", "never"});
  });
}

// The modal of a clause and whether a perfect "have" follows it ("should have acted").
struct Modal {
  int word = -1;
  bool perfect = false;
};

Modal modal_of(const SentenceContext& cx, int c) {
  Modal m;
  // "Aquino had to improve order", "the party needs to listen": a duty in a verb.
  if (in(cx.g.lemma(c), {"have", "need"})) {
    const int x = cx.g.child(c, "xcomp");
    const int to = x >= 0 ? cx.g.child(x, "mark") : -1;
    if (to >= 0 && cx.g.lemma(to) == "to") m.word = c;
    return m;
  }
  for (int a : cx.g.children(c)) {
    if (cx.g.base(a) != "aux") continue;
    if (in(cx.g.lemma(a), {"must", "should", "ought"})) m.word = a;
    if (cx.g.lemma(a) == "have" && m.word >= 0) m.perfect = true;
  }
  return m;
}

// Who the clause's subject is, for a stance: the coded subject itself, else the coded
// owner of a plan, law or conduct ("the government's plans", "the decision by France").
std::vector<Participant> judged(SentenceContext& cx, int subj, bool owners) {
  if (in(cx.g.lemma(subj), {"i", "we", "you", "it", "there", "this", "that", "they"})) return {};
  const nlp::Upos u = cx.g.tok(subj).upos;
  if (u != nlp::Upos::NOUN && u != nlp::Upos::PROPN && u != nlp::Upos::PRON) return {};
  // "the Danish government's plan": the plan's owner is judged, not just its country.
  if (owners && is_discourse_noun(cx.g.form(subj))) {
    std::vector<Participant> owner = stance_owner(cx, subj);
    if (!owner.empty()) return owner;
  }
  return coded_participants(cx, subj, false);
}

}  // namespace

void stances_in_content(SentenceContext& cx, int p, const std::vector<Participant>& speakers,
                        double confidence) {
  for (int c : cx.preds[p].content) {
    if (cx.g.base(c) != "ccomp") continue;
    const int subj = cx.g.child(c, "nsubj");  // or nsubj:pass
    if (subj < 0) continue;
    const Modal modal = modal_of(cx, c);
    // "should not abandon" is still an appeal, "must not" a demand and "should not
    // have signed" a criticism; only a denied judgement ("was not wrong") judges nothing.
    if (negated(cx, c) && modal.word < 0) continue;
    std::string code;
    std::string text = std::string(cx.g.form(p)) + " ...";
    // "must have crossed the border" is a guess about the past, not a duty missed.
    if (modal.word >= 0 && modal.perfect && cx.g.lemma(modal.word) == "must") continue;
    if (modal.word >= 0) {
      // A duty missed is criticism; a duty ahead is a demand (must) or an appeal.
      code = modal.perfect ? "111" : cx.g.lemma(modal.word) == "must" ? "100" : "020";
      text += " " + std::string(cx.g.form(modal.word)) + (modal.perfect ? " have" : "");
    } else if (is_mandative(cx.g.lemma(p)) && cx.g.tok(c).xpos == "VB" &&
               cx.g.child(c, "aux") < 0) {
      // "insisted that the government resign": a subjunctive is a demand (insist,
      // require) or an appeal (suggest, recommend).
      code = in(cx.g.lemma(p), {"insist", "demand", "require", "order", "stipulate", "decree"})
                 ? "100"
                 : "020";
    } else if (cx.g.child(c, "cop") >= 0) {
      // "was a disgrace", "was flawed"; "has been a valued colleague and a trusted
      // friend": the judging word may be the predicate's adjective or a conjunct.
      for (int w : cx.g.with_conjuncts(c)) {
        if (code.empty()) code = cx.verbs.evaluation_code(cx.g.lemma(w));
        for (int m : cx.g.children(w))
          if (code.empty() && cx.g.base(m) == "amod")
            code = cx.verbs.evaluation_code(cx.g.lemma(m));
      }
      text += " " + std::string(cx.g.form(c));
    } else if (cx.g.tok(c).upos == nlp::Upos::VERB && is_harm_verb(cx.g.lemma(c)) &&
               cx.g.rel(subj) == "nsubj") {  // "would be devastated": the harmed, not the harm
      // "warned that the plan could undermine the peace", "said the tax would damage
      // the industry": harm foretold of another's plan or deed is criticism of its owner.
      code = "111";
      text += " " + std::string(cx.g.form(c));
    }
    if (code.empty()) continue;
    std::vector<Participant> addressed = judged(cx, subj, modal.word < 0 || modal.perfect);
    // Nobody demands of themselves, nor of their own country ("Reagan said the United
    // States must ...").
    std::erase_if(addressed, [&](const Participant& a) {
      return std::ranges::any_of(speakers, [&](const Participant& s) {
        return (s.code == a.code && s.entity == a.entity) ||
               (a.code.size() == 3 && s.code.starts_with(a.code));
      });
    });
    if (addressed.empty()) continue;
    Action act;
    act.text = text;
    act.lemma = cx.g.lemma(p) + (modal.word >= 0 ? " " + cx.g.lemma(modal.word) : "") +
                (modal.perfect ? " have" : "") + (modal.word < 0 ? " " + cx.g.lemma(c) : "");
    act.span = cx.g.tok(p).bytes;
    set_code(cx, act, code);
    if (act.code.empty()) continue;
    make_events(cx, p, speakers, addressed, act, {}, confidence, false);
  }
}

}  // namespace kg::events::detail
