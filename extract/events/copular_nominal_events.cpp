// Events without a main verb: copular clauses ("Huang is the director of
// CNCERT") and event nouns with their participants ("Russian air strikes against
// the town", "the meeting between A and B").
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"

namespace kg::events::detail {
using nlp::Upos;

void copular_events(SentenceContext& cx, int p) {
  const int cop = cx.g.child(p, "cop");
  bool inherited = false, patient = false;
  const Words subj = subjects_of(cx, p, inherited, patient);
  if (subj.empty() || patient) return;
  std::vector<Participant> actors;
  for (int s : subj) {
    auto a = participants(cx, s, false);
    actors.insert(actors.end(), a.begin(), a.end());
  }
  // "The blast is attributable to Iranian agents": whoever says so pins the deed on
  // them, an accusation (112) with the deed as its argument and no actor in the sentence.
  if (in(cx.g.lemma(p), {"attributable", "ascribable", "traceable"}))
    for (int c : cx.g.children(p)) {
      const int cs = cx.g.child(c, "case");
      if (cx.g.base(c) != "obl" || cs < 0 || cx.g.lemma(cs) != "to") continue;
      auto blamed = participants(cx, c, true);
      if (!any_coded(blamed)) break;
      Action a;
      a.text = cx.g.text({cop, p, cs});
      a.lemma = "be " + cx.g.lemma(p) + " to";
      a.span = cx.g.tok(p).bytes;
      set_code(cx, a, "112");
      std::vector<Modifier> deed;
      for (const Participant& x : actors) deed.push_back({"other", x.text, x.span});
      make_events(cx, p, {}, blamed, a, deed, inherited ? 0.55 : 0.7, false);
      return;
    }
  // "Toyota is in talks with Ford", "the two countries were at war with Iraq": the
  // subject takes part in the event the noun names, directed at its "with"/"against"
  // phrase; the copula, preposition and noun are the action.
  std::string noun_code = is_nominal(cx.g.tok(p).upos) ? event_noun_code(cx, p) : "";
  const int state_case = cx.g.child(p, "case");
  if (state_case >= 0 && cx.g.lemma(state_case) == "on" && is_nominal(cx.g.tok(p).upos))
    noun_code = on_state_code(cx, p);
  // "Civil servants were on strike", "troops are on alert": a protest or a show of
  // force one is on needs no one it is directed at.
  const bool stance_on = noun_code.starts_with("14") || noun_code.starts_with("15");
  if (!noun_code.empty() && state_case >= 0 &&
      (in(cx.g.lemma(state_case), {"in", "at", "into", "under"}) ||
       (stance_on && cx.g.lemma(state_case) == "on"))) {
    std::vector<Participant> targets;
    Words action_words{cop, state_case, p};
    for (int c : cx.g.children(p)) {
      const int cs = cx.g.child(c, "case");
      if (cx.g.base(c) != "nmod" || cs < 0 ||
          !in(cx.g.lemma(cs), {"with", "against", "on", "over", "to"}) ||
          is_time_word(cx.g.lemma(c)))
        continue;
      targets = participants(cx, c, true);
      action_words.push_back(cs);
      break;
    }
    if (!targets.empty() || stance_on) {
      std::sort(action_words.begin(), action_words.end());
      Action a;
      a.text = cx.g.text(action_words);
      a.lemma = "be " + cx.g.lemma(state_case) + " " + cx.g.lemma(p);
      a.span = cx.g.tok(p).bytes;
      set_code(cx, a, noun_code);
      make_events(cx, p, actors, targets, a, modifiers(cx, p, {}), inherited ? 0.55 : 0.7, false);
      return;
    }
  }
  // The predicate phrase without subject, copula, clauses and sentence punctuation.
  Words words = cx.g.subtree(p, {"nsubj", "csubj", "cop", "aux", "punct", "advcl", "parataxis",
                                 "ccomp", "conj", "cc", "mark", "discourse", "obl:tmod"});
  std::erase_if(words, [&](int w) {
    return cx.g.head(w) == p && cx.g.base(w) == "advmod" &&
           in(cx.g.lemma(w), {"not", "n't", "never"});
  });
  Participant target;
  target.text = cx.g.text(words);
  target.head = std::string(cx.g.form(p));
  target.span = cx.g.span(words);
  if (is_nominal(cx.g.tok(p).upos)) {
    const PhraseInfo info = cx.coder.describe(cx.g, p, cx.date);
    target.code = info.participant.code;
    target.type = info.participant.type;
    target.entity = info.participant.entity;
  }
  // "is", "was not", "will be": the copula with the predicate's auxiliaries and negation.
  Words verb_words{cop};
  for (int c : cx.g.children(p))
    if (cx.g.base(c) == "aux" ||
        (cx.g.base(c) == "advmod" && in(cx.g.lemma(c), {"not", "n't", "never"})))
      verb_words.push_back(c);
  std::sort(verb_words.begin(), verb_words.end());
  Action a;
  for (int x : verb_words) a.text += (a.text.empty() ? "" : " ") + std::string(cx.g.form(x));
  a.lemma = "be";
  a.span = cx.g.tok(cop).bytes;
  make_events(cx, p, actors, {target}, a, modifiers(cx, p, {}), inherited ? 0.55 : 0.7, false);
}

int event_taken_part_in(const SentenceContext& cx, int w) {
  const std::string lemma = cx.g.lemma(w);
  const bool taking_part =
      in(lemma, {"engage", "involve", "participate", "join", "engaged", "involved"}) ||
      (lemma == "take" && cx.g.child(w, "obj") >= 0 && cx.g.lemma(cx.g.child(w, "obj")) == "part");
  if (!taking_part) return -1;
  for (int c : cx.g.children(w)) {
    const int cs = cx.g.child(c, "case");
    if (cx.g.base(c) == "obl" && cs >= 0 && cx.g.lemma(cs) == "in" &&
        !event_noun_code(cx, c).empty())
      return c;
  }
  return -1;
}

void nominal_events(SentenceContext& cx, int n) {
  if (cx.skip_as_event.count(n)) return;
  const std::string lemma = cx.g.lemma(n);
  // "air strike", "cyber attack": event_noun_code reads the modifier too.
  const std::string code = event_noun_code(cx, n);
  if (code.empty()) return;
  // "a great deal of", "a good deal": quantities, not agreements.
  for (int c : cx.g.children(n))
    if (cx.g.base(c) == "amod" && in(cx.g.lemma(c), {"great", "good"})) return;
  std::vector<Participant> actors, targets;
  bool by_agent = false;  // "meetings held by A, B and C": they hold it, not meet each other
  for (int c : cx.g.children(n)) {
    const std::string_view r = cx.g.rel(c);
    const std::string_view b = cx.g.base(c);
    const int cs = cx.g.child(c, "case");
    const std::string prep = cs >= 0 ? cx.g.lemma(cs) : "";
    // "Monday's meeting": a time, not a party.
    if (r == "nmod:poss" && is_time_word(cx.g.lemma(c))) continue;
    if (r == "nmod:poss" || (b == "nmod" && prep == "by")) {
      by_agent = by_agent || prep == "by";
      auto a = participants(cx, c, true);
      actors.insert(actors.end(), a.begin(), a.end());
    } else if ((b == "compound" || b == "amod") &&
               (cx.g.tok(c).upos == Upos::PROPN || b == "amod")) {
      // "International Monetary Fund meeting" parsed as three compounds: one name, one
      // party (the word next to the noun speaks for it), not three meeting each other.
      if (b == "compound" && c + 1 < n && cx.g.base(c + 1) == "compound" && cx.g.head(c + 1) == n &&
          cx.g.tok(c + 1).upos == Upos::PROPN)
        continue;
      const std::string country = cx.coder.country_of_word(cx.g, c);
      if (!country.empty() || (b == "compound" && cx.g.tok(c).upos == Upos::PROPN)) {
        Participant a = participant(cx, c, false);
        if (a.code.empty()) a.code = country;
        actors.push_back(a);
      }
    } else if (b == "nmod" &&
               in(prep, {"on", "against", "with", "of", "at", "between", "to", "in"})) {
      if (prep == "in" && cx.g.tok(c).upos != Upos::PROPN) continue;
      if (prep == "between") {
        auto all = participants(cx, c, true);
        if (all.size() >= 2) {
          actors.push_back(all[0]);
          targets.insert(targets.end(), all.begin() + 1, all.end());
          continue;
        }
      }
      if (prep == "in") continue;
      auto t = participants(cx, c, true);
      targets.insert(targets.end(), t.begin(), t.end());
    }
  }
  // "staged a hunger strike in protest against the violations", "organized a strike in
  // protest of the arrests": who acts in protest is the clause's subject.
  if (actors.empty() && code.starts_with("14") && cx.g.base(n) == "obl" &&
      cx.g.child(n, "case") >= 0 && cx.g.lemma(cx.g.child(n, "case")) == "in") {
    const int verb = cx.g.head(n);
    for (int c : cx.g.children(verb))
      if (cx.g.rel(c) == "nsubj") {
        auto a = participants(cx, c, false);
        actors.insert(actors.end(), a.begin(), a.end());
      }
  }
  // "Serb forces were engaged in fierce fighting with Bosnian troops", "Iran was
  // involved in the bombing": who takes part in the event does it.
  if (actors.empty() && cx.g.head(n) >= 0 && event_taken_part_in(cx, cx.g.head(n)) == n)
    for (int c : cx.g.children(cx.g.head(n)))
      if (cx.g.base(c) == "nsubj") {
        auto a = participants(cx, c, false);
        actors.insert(actors.end(), a.begin(), a.end());
      }
  if (actors.empty() && targets.empty()) return;
  Action a;
  a.text = std::string(cx.g.form(n));
  a.lemma = lemma;
  a.span = cx.g.tok(n).bytes;
  set_code(cx, a, code);
  // "the seafarers' strike against the shipowners", "a strike by bus drivers": a strike
  // is a labour strike (143) unless a state or armed force strikes, or it hits one.
  const auto armed = [](const Participant& x) {
    return x.code.size() == 3 ? x.code != "---"
                              : x.code.ends_with("MIL") || x.code.ends_with("REB") ||
                                    x.code.ends_with("INS") || x.code.ends_with("SPY");
  };
  const auto hit = [](const Participant& x) {
    return (!x.code.empty() && !x.code.ends_with("BUS")) || x.type == EntityType::Gpe;
  };
  if (in(lemma, {"strike", "strikes"}) && a.code == "190" && std::ranges::none_of(actors, armed) &&
      std::ranges::none_of(targets, hit))
    set_code(cx, a, "143");
  const size_t before = cx.doc.events.size();
  make_events(cx, n, actors, targets, a, {}, 0.6,
              !by_agent && (is_symmetric(lemma) || lemma == "meeting" || lemma == "talks"));
  for (size_t i = before; i < cx.doc.events.size(); ++i) {
    Event& e = cx.doc.events[i];
    e.polarity = Polarity::Affirmative;
    e.modality = Modality::Asserted;
    for (int c : cx.g.children(n))
      if (cx.g.base(c) == "amod" && in(cx.g.lemma(c), {"alleged", "suspected", "possible",
                                                       "reported", "apparent", "purported"}))
        e.modality = Modality::Hedged;
      else if (cx.g.base(c) == "amod" &&
               in(cx.g.lemma(c), {"planned", "proposed", "upcoming", "future", "scheduled"}))
        e.modality = Modality::Planned;
  }
}

}  // namespace kg::events::detail
