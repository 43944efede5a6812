// Who the subject of a clause is when the clause does not say: coordinated verbs
// ("X met Y and signed ..."), control ("urged Bree to help" -> Bree helps),
// participial adjuncts, relative and reduced relative clauses ("the man who ...",
// "a report published in ...").
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"

namespace kg::events::detail {
using nlp::Upos;

Words subjects_of(const SentenceContext& cx, int p, bool& inherited, bool& patient_from_noun) {
  Words s;
  for (int c : cx.g.children(p)) {
    const std::string_view b = cx.g.base(c);
    if (b == "nsubj" || b == "csubj") s.push_back(c);
  }
  // Two subjects on one verb is a misparse ("the state-run China Daily reported"
  // read as "run" and "Daily"); the one next to the verb is the subject.
  // Subjects separated by nothing but commas are a list the parser failed to coordinate.
  const bool list = [&] {
    for (size_t k = 1; k < s.size(); ++k) {
      const Words a = cx.g.subtree(s[k - 1], {"punct"}), b = cx.g.subtree(s[k], {"punct"});
      const int from = *std::max_element(a.begin(), a.end()) + 1;
      const int to = *std::min_element(b.begin(), b.end());
      if (from >= to) return false;  // adjacent: one phrase split in two
      for (int w = from; w < to; ++w)
        if (cx.g.form(w) != "," && cx.g.base(w) != "cc") return false;
    }
    return true;
  }();
  if (s.size() > 1 && !list) {
    int nearest = s.front();
    for (int c : s)
      if (c < p && (nearest > p || c > nearest)) nearest = c;
    s = {nearest};
  }
  if (!s.empty()) return s;
  inherited = true;
  const int h = cx.g.head(p);
  if (h < 0) return s;
  const std::string_view r = cx.g.rel(p);
  const std::string_view b = cx.g.base(p);
  if (b == "conj" && cx.g.tok(h).upos == Upos::VERB)
    return subjects_of(cx, h, inherited, patient_from_noun);
  if (b == "xcomp") {
    // Object control: "urged Bree to help" -> Bree helps.
    const int obj = cx.g.child(h, "obj");
    if (obj >= 0 && !in(cx.g.lemma(h), {"promise", "threaten", "vow", "pledge"})) return {obj};
    const int iobj = cx.g.child(h, "iobj");
    if (iobj >= 0) return {iobj};
    return subjects_of(cx, h, inherited, patient_from_noun);
  }
  // "..., saying X", "While saying he admired Blair, he criticised ...", "after meeting
  // Bush": a participle clause without a subject of its own has the main clause's.
  if (b == "advcl" && (cx.g.tok(p).xpos == "VBG" || cx.g.tok(p).xpos == "VBN") &&
      (cx.g.child(p, "mark") < 0 ||
       in(cx.g.lemma(cx.g.child(p, "mark")),
          {"while", "after", "before", "when", "since", "by", "upon", "on", "without", "despite"})))
    return subjects_of(cx, h, inherited, patient_from_noun);
  // A purpose infinitive: "pledged to work with Kabul to defeat the insurgents",
  // "sent troops to protect the border": who does the main verb does this.
  if (b == "advcl" && cx.g.tok(p).xpos == "VB") {
    const int m = cx.g.child(p, "mark");
    if (m >= 0 && cx.g.lemma(m) == "to") return subjects_of(cx, h, inherited, patient_from_noun);
  }
  if ((r == "acl" || r == "acl:relcl") && is_nominal(cx.g.tok(h).upos)) {
    // A clause hanging off "that"/"which" is a misparse of a complement clause; the
    // pronoun names no one.
    if (cx.g.tok(h).upos == Upos::PRON && in(cx.g.lemma(h), {"that", "which", "who", "this"}))
      return s;
    if (r == "acl") {
      if (cx.g.tok(p).xpos == "VBN")
        patient_from_noun = true;  // "a report published in ..."
      else if (cx.g.child(p, "mark") >= 0) {
        // "used force to disperse the crowd", "took steps to curb prices": what the
        // subject used or took is for the subject's act; "sent troops to quell the
        // riot": troops act themselves; "rejected a plan to end the war", "vetoed a
        // resolution to impose sanctions": a plan's content is nobody's act. Only the
        // means one uses (force, steps, money, a chance) lend the act to the subject.
        const int v = cx.g.head(h);
        if (cx.g.base(h) == "obj" && v >= 0 && cx.g.tok(v).upos == Upos::VERB &&
            cx.g.lemma(cx.g.child(p, "mark")) == "to" &&
            in(cx.g.lemma(h), {"force", "step", "measure", "action", "effort", "power", "influence",
                               "resource", "money", "fund", "means", "gas", "opportunity", "chance",
                               "time", "weapon", "bullet"}))
          return subjects_of(cx, v, inherited, patient_from_noun);
        return s;
      }
      // "issued a statement condemning the attack", "adopted a resolution calling for
      // talks": what a document says, its issuer says.
      const int v = cx.g.head(h);
      if (cx.g.base(h) == "obj" && v >= 0 && cx.g.tok(v).upos == Upos::VERB &&
          cx.g.tok(p).xpos == "VBG" &&
          in(cx.g.lemma(h),
             {"statement", "communique", "communiqué", "declaration",   "letter",
              "message",   "resolution", "leaflet",    "memorandum",    "note",
              "notice",    "edict",      "decree",     "fatwa",         "ultimatum",
              "video",     "videotape",  "bulletin",   "press release", "release"}) &&
          in(cx.g.lemma(v),
             {"issue", "release", "publish", "send", "put", "adopt", "pass", "distribute",
              "circulate", "broadcast", "post", "deliver", "sign", "make", "approve"}))
        return subjects_of(cx, v, inherited, patient_from_noun);
      return {h};
    }
    // Relative clause: the relative pronoun tells the noun's role.
    for (int c : cx.g.children(p)) {
      const bool rel_pron = cx.g.tok(c).feats.find("PronType=Rel") != std::string::npos ||
                            in(cx.g.lemma(c), {"who", "which", "that"});
      if (!rel_pron) continue;
      if (cx.g.base(c) == "obj") {
        patient_from_noun = true;
        return s;
      }
    }
    return {h};
  }
  return s;
}

}  // namespace kg::events::detail
