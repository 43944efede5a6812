// Claims and carriers inside a sentence: events in the content of a reporting
// verb are claims of its speaker ("X said Y attacked Z"); "according to X" and
// "as reported by X" name the outlet that carried them.
#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {
using nlp::ParsedSentence;
using text::lowercase;

void link_claims(SentenceContext& cx) {
  // Which reporting predicate, if any, each predicate's events belong to: climb
  // from the predicate through clauses to the nearest reporting verb whose
  // content contains it.
  std::map<int, int> content_owner;  // clause head -> reporting predicate
  for (const auto& [p, pe] : cx.preds)
    if (pe.reporting)
      for (int c : pe.content) content_owner[c] = p;
  for (auto& [p, pe] : cx.preds) {
    int owner = -1;
    for (int x = p, steps = 0; x >= 0 && steps < 10; ++steps) {
      // A clause hanging off "as reported by X" belongs to the verb that phrase modifies.
      if (cx.g.head(x) >= 0 && cx.skip_as_event.count(cx.g.head(x)) &&
          cx.g.lemma(cx.g.head(x)) == "report") {
        const int outer = cx.g.head(cx.g.head(x));
        if (outer >= 0 && cx.preds.count(outer) && cx.preds[outer].reporting) {
          owner = outer;
          break;
        }
      }
      const auto it = content_owner.find(x);
      if (it != content_owner.end() && it->second != p) {
        owner = it->second;
        break;
      }
      const std::string_view b = cx.g.base(x);
      if (!(b == "conj" || b == "xcomp" || b == "ccomp" || b == "advcl" || b == "acl" ||
            b == "obj" || b == "obl" || b == "nmod" || b == "nsubj" || b == "parataxis" ||
            b == "csubj"))
        break;
      x = cx.g.head(x);
    }
    if (owner < 0) continue;
    const PredicateEvents& rep = cx.preds[owner];
    if (rep.event_indices.empty()) continue;
    const Event& r = cx.doc.events[static_cast<size_t>(rep.event_indices.front())];
    for (int idx : pe.event_indices) {
      Event& e = cx.doc.events[static_cast<size_t>(idx)];
      e.claim_of = r.id;
      if (rep.report_carrier) {
        if (!e.carrier && r.actor) e.carrier = r.actor;
      } else if (r.actor) {
        e.speaker = r.actor;
      }
      if (r.speaker && !e.speaker) e.speaker = r.speaker;
      if (r.carrier && !e.carrier) e.carrier = r.carrier;
    }
  }
}

void attach_carriers(SentenceContext& cx) {
  // "according to X" anywhere in the sentence; "as reported by X" / "as X reported".
  for (int i = 0; i < cx.g.size(); ++i) {
    const int cs = cx.g.child(i, "case");
    if (cs >= 0 && lowercase(cx.g.form(cs)) == "according" && is_nominal(cx.g.tok(i).upos)) {
      cx.carriers.push_back(participant(cx, i, true));
      continue;
    }
    if (cx.g.lemma(i) == "report" && cx.g.head(i) >= 0) {
      const int m = cx.g.child(i, "mark");
      if (m < 0 || cx.g.lemma(m) != "as") continue;
      int src = cx.g.child(i, "obl:agent", false);
      if (src < 0)
        for (int c : cx.g.children(i)) {
          const int k = cx.g.child(c, "case");
          if (cx.g.base(c) == "obl" && k >= 0 && cx.g.lemma(k) == "by") src = c;
        }
      if (src < 0) src = cx.g.child(i, "nsubj");
      if (src >= 0) cx.carriers.push_back(participant(cx, src, true));
      cx.skip_as_event.insert(i);
    }
  }
}

// Quotations across sentences: a sentence that opens a quotation without a
// speaker of its own waits for the sentence that closes it ("'...,' Huang
// said"); that sentence's speaker and claim are given to all of them.
void follow_quotation(DocState& st, const ParsedSentence& s, size_t before) {
  QuoteState& q = st.quote;
  // Quotation state: count quote marks; a sentence that starts inside a
  // quotation has no speaker of its own until the quote's "X said".
  int quotes = 0;
  for (const auto& t : s.tokens) {
    const std::string& f = t.form;
    quotes += f == "\"" || f == "\xE2\x80\x9C" || f == "\xE2\x80\x9D" || f == "``" || f == "''";
  }
  bool speaker_here = false;
  for (size_t i = before; i < st.events.size(); ++i)
    speaker_here = speaker_here || st.events[i].speaker;
  const bool starts_quote = !s.tokens.empty() && (s.tokens.front().form == "\"" ||
                                                  s.tokens.front().form == "\xE2\x80\x9C" ||
                                                  s.tokens.front().form == "``");
  if (quotes % 2 == 1) {
    if (!q.open && starts_quote && !speaker_here) {
      q.open = true;
      for (size_t i = before; i < st.events.size(); ++i) q.pending.push_back(i);
      return;
    }
    if (q.open) {
      // The quotation closes here: its speaker is this sentence's reporting actor.
      std::optional<Participant> speaker;
      int claim = -1;
      for (size_t i = before; i < st.events.size(); ++i)
        if (st.events[i].speaker) {
          speaker = st.events[i].speaker;
          claim = st.events[i].claim_of.value_or(-1);
          break;
        }
      for (size_t i : q.pending)
        if (speaker && !st.events[i].speaker) {
          st.events[i].speaker = speaker;
          if (claim > 0) st.events[i].claim_of = claim;
        }
      q.pending.clear();
      q.open = false;
      return;
    }
  }
  if (q.open)
    for (size_t i = before; i < st.events.size(); ++i) q.pending.push_back(i);
}

}  // namespace kg::events::detail
