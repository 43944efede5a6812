// Targets from complements. A coded act aimed at nobody coded is aimed at whom its
// complement names: the subject of a that-clause ("Greece demanded that its
// partners refuse ..." -> the partners), else the one an infinitive acts on or
// gives to ("offered to hand over to Britain two nationals" -> Britain, "promised to
// continue military aid to Mozambique" -> Mozambique, "agreed to buy Hughes
// Aircraft" -> Hughes Aircraft). Statements (01) keep their content as the target.
// Runs after every predicate of the sentence, so a complement's own events are there.
#include <algorithm>
#include <cctype>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"

namespace kg::events::detail {
using nlp::Upos;

namespace {

bool coded(const Participant& p) {
  return !p.code.empty();
}

bool same_actor(const Participant& a, const Participant& b) {
  if (a.code != b.code) return false;
  if (!a.entity.empty() && !b.entity.empty()) return a.entity == b.entity;
  // One code is one actor ("the US said it would"), unless both are names, and
  // different ones ("Texaco alleged Pennzoil violated the rule": two USABUS firms).
  const auto named = [](const Participant& p) {
    return !p.head.empty() && std::isupper(static_cast<unsigned char>(p.head.front())) &&
           p.head != "I";
  };
  return !(named(a) && named(b) && a.head != b.head);
}

// The coded ones the clause headed by `c` acts on: the coded targets of its own
// events, else its object, recipient or directed oblique, or the "to"/"for" phrase
// of its object ("military aid to Mozambique"); an infinitive inside it last.
std::vector<Participant> acted_on(SentenceContext& cx, int c, int depth) {
  std::vector<Participant> out;
  if (const auto it = cx.preds.find(c); it != cx.preds.end())
    for (int i : it->second.event_indices) {
      const Event& e = cx.doc.events[static_cast<size_t>(i)];
      if (e.target && coded(*e.target)) out.push_back(*e.target);
    }
  if (!out.empty()) return out;
  for (int a : cx.g.children(c)) {
    const std::string_view b = cx.g.base(a);
    const int cs = cx.g.child(a, "case");
    const std::string prep = cs >= 0 ? cx.g.lemma(cs) : "";
    if (b == "obj" || b == "iobj") {
      out = coded_participants(cx, a, true);
      for (int n : cx.g.children(a)) {
        const int ncs = cx.g.child(n, "case");
        if (out.empty() && cx.g.base(n) == "nmod" && ncs >= 0 &&
            in(cx.g.lemma(ncs), {"to", "for", "with", "against", "on"}))
          out = coded_participants(cx, n, true);
      }
    } else if (b == "obl" && in(prep, {"to", "with", "against", "on", "at", "into", "toward",
                                       "towards", "for", "from"})) {
      out = coded_participants(cx, a, true);
    }
    if (!out.empty()) return out;
  }
  if (depth < 2)
    for (int a : cx.g.children(c))
      if (cx.g.base(a) == "xcomp" && cx.g.tok(a).upos == Upos::VERB)
        return acted_on(cx, a, depth + 1);
  return out;
}

// Whom a protest against the phrase headed by `n` is aimed at: the doer of an act
// ("the arrests of their leaders by the police" -> the police), else who it names.
std::vector<Participant> aimed_at(SentenceContext& cx, int n) {
  if (is_act_noun(cx, n) || is_discourse_noun(cx.g.form(n))) {
    std::vector<Participant> owner = stance_owner(cx, n, is_discourse_noun(cx.g.form(n)));
    if (!owner.empty()) return owner;
  }
  std::vector<Participant> named = coded_participants(cx, n, true);
  return named.empty() ? stance_owner(cx, n, false) : named;
}

// "staged a hunger strike to demand the resignation of President X", "blocked streets in
// defiance of the authorities", "marched in protest at the arrests by police": a protest
// is aimed at whom its purpose or its "in defiance of"/"in protest at" phrase names,
// even when the verb has an object (the strike, the streets) of its own.
std::vector<Participant> protest_target(SentenceContext& cx, int p, const Participant& actor) {
  std::vector<Participant> out;
  for (int c : cx.g.children(p)) {
    const std::string_view b = cx.g.base(c);
    const int mark = cx.g.child(c, "mark");
    if ((b == "advcl" || b == "xcomp") && cx.g.tok(c).upos == Upos::VERB && mark >= 0 &&
        cx.g.lemma(mark) == "to") {
      out = acted_on(cx, c, 0);
    } else if (b == "obl" && in(cx.g.lemma(c), {"defiance", "protest", "opposition"})) {
      for (int n : cx.g.children(c)) {
        const int cs = cx.g.child(n, "case");
        if (cx.g.base(n) == "nmod" && cs >= 0 &&
            in(cx.g.lemma(cs), {"of", "at", "against", "over"}))
          out = aimed_at(cx, n);
      }
    } else if (b == "obl" && cx.g.child(c, "case") >= 0 &&
               in(cx.g.lemma(cx.g.child(c, "case")), {"at", "against"})) {
      out = aimed_at(cx, c);  // "in protest at the arrests", parsed on the verb
    }
    std::erase_if(out, [&](const Participant& t) { return same_actor(t, actor); });
    if (!out.empty()) return out;
  }
  return out;
}

std::vector<Participant> complement_target(SentenceContext& cx, int p, const Participant& actor) {
  std::vector<Participant> out;
  // "reiterated its demand that Israel ease restrictions": the clause of the object noun.
  std::vector<int> clauses = cx.g.children(p);
  for (int a : cx.g.children(p)) {
    if (cx.g.base(a) != "obj" && cx.g.base(a) != "obl") continue;
    for (int c : cx.g.children(a))
      if ((cx.g.base(c) == "acl" || cx.g.base(c) == "ccomp") && cx.g.child(c, "mark") >= 0 &&
          cx.g.lemma(cx.g.child(c, "mark")) == "that")
        clauses.push_back(c);
  }
  // "hit back by saying Tory attitudes had kept the party out of power": what the
  // means of saying is about.
  for (int a : cx.g.children(p)) {
    const int by = cx.g.child(a, "mark");
    if (cx.g.base(a) == "advcl" && by >= 0 && cx.g.lemma(by) == "by" && is_reporting(cx.g.lemma(a)))
      for (int c : cx.g.children(a))
        if (cx.g.base(c) == "ccomp") clauses.push_back(c);
  }
  for (int c : clauses) {
    if (c < p) continue;
    if (cx.g.base(c) == "ccomp" || cx.g.base(c) == "acl") {
      // "pledged the government would fight the tax": who is committed is no target.
      if (in(cx.g.lemma(p), {"pledge", "promise", "vow", "swear", "guarantee", "assure"})) continue;
      const int s = cx.g.child(c, "nsubj");  // or nsubj:pass
      if (s < 0 || in(cx.g.lemma(s), {"i", "we", "you", "there"})) continue;
      out = coded_participants(cx, s, true);
      // "Tory attitudes", "the government's plans": whose they are.
      if (out.empty() && is_discourse_noun(cx.g.form(s))) out = stance_owner(cx, s);
      // "Texaco has alleged Pennzoil violated the rule": a named person or
      // organization no dictionary knows is still the one accused; the article may
      // code it later (an earlier "Pennzoil Co", the article's country).
      if (out.empty() && cx.g.tok(s).upos == Upos::PROPN)
        for (Participant& named : participants(cx, s, false))
          if (named.type == EntityType::Person || named.type == EntityType::Org ||
              named.type == EntityType::Other)
            out.push_back(std::move(named));
    } else if (cx.g.tok(c).upos == Upos::VERB &&
               (cx.g.base(c) == "xcomp" ||
                // "threatened on Monday to break relations with Russia": an infinitive
                // after an adjunct is often parsed as an adverbial clause.
                // A verb with an object of its own ("sent a team to help") has a purpose
                // clause there, not its complement.
                (cx.g.base(c) == "advcl" && cx.g.child(p, "obj") < 0 &&
                 cx.g.child(c, "mark") >= 0 && cx.g.lemma(cx.g.child(c, "mark")) == "to"))) {
      out = acted_on(cx, c, 0);
    }
    std::erase_if(out, [&](const Participant& t) { return same_actor(t, actor); });
    if (!out.empty()) return out;
  }
  return out;
}

}  // namespace

std::vector<int> condition_clauses(const SentenceContext& cx, int h) {
  std::vector<int> out;
  for (int c : cx.g.children(h)) {
    const int m = cx.g.child(c, "mark");
    if (cx.g.base(c) == "advcl" && m >= 0 && in(cx.g.lemma(m), {"unless", "if"})) out.push_back(c);
  }
  return out;
}

// "threatened to hold a strike unless Israel rescinded the annexation", "will stop the
// talks if the United States deploys the missiles": a threat is aimed at whom its
// condition names, on the threatening verb or on the act threatened.
std::vector<Participant> condition_target(SentenceContext& cx, int p, const Participant& actor) {
  // The condition may hang on the act threatened or on the act that serves it
  // ("threatened to stop negotiations to reduce missiles if the United States ...").
  std::vector<int> heads{p};
  for (size_t k = 0; k < heads.size() && heads.size() < 8; ++k)
    for (int c : cx.g.children(heads[k]))
      if (is_infinitive_complement(cx, c) || (k == 0 && cx.g.base(c) == "ccomp"))
        heads.push_back(c);
  for (int h : heads)
    for (int c : condition_clauses(cx, h)) {
      const int s = cx.g.child(c, "nsubj");  // or nsubj:pass
      if (s < 0) continue;
      std::vector<Participant> out = coded_participants(cx, s, true);
      std::erase_if(out, [&](const Participant& t) { return same_actor(t, actor); });
      if (!out.empty()) return out;
    }
  return {};
}

void claims_of_own_acts(SentenceContext& cx) {
  std::vector<std::pair<int, Event>> added;
  for (const auto& [p, pe] : cx.preds) {
    if (cx.g.lemma(p) != "claim" || cx.g.tok(p).upos != Upos::VERB) continue;
    for (int idx : pe.event_indices) {
      const Event& e = cx.doc.events[static_cast<size_t>(idx)];
      if (!e.actor || !coded(*e.actor) || !(e.action.code.empty() || e.action.code == "010"))
        continue;
      for (int c : pe.content) {
        const auto it = cx.preds.find(c);
        if (it == cx.preds.end()) continue;
        for (int ci : it->second.event_indices) {
          const Event& done = cx.doc.events[static_cast<size_t>(ci)];
          if (!done.actor || !same_actor(*done.actor, *e.actor) || !done.target ||
              !coded(*done.target) || done.action.code.size() < 2)
            continue;
          Event x = e;
          x.id = cx.doc.next_id++;
          x.target = done.target;
          x.action.lemma = "claim (" + done.action.lemma + ")";
          set_code(cx, x.action, "015");
          added.emplace_back(p, std::move(x));
          break;
        }
      }
    }
  }
  for (auto& [p, x] : added) append_event(cx, p, std::move(x));
}

void complement_targets(SentenceContext& cx) {
  for (auto& [p, pe] : cx.preds) {
    // Only for verbs kg lists itself: PETRARCH's blocks code generic verbs ("want",
    // "seek") whose complement is the event, coded on its own.
    // A reporting verb's statements (01) keep their content; its demands ("reiterated its
    // demand that ...") do not.
    // Protests (14) are aimed where their purpose says, whichever verb stages them.
    if (cx.g.tok(p).upos != Upos::VERB) continue;
    const bool own = cx.verbs.lists_own(cx.g.lemma(p));
    std::vector<int> added;
    for (int idx : pe.event_indices) {
      Event& e = cx.doc.events[static_cast<size_t>(idx)];
      const bool protest = e.action.code.starts_with("14");
      // "opened fire to disperse the demonstrators": force aimed where its purpose says.
      const bool force =
          e.action.code.size() >= 2 && e.action.code[0] == '1' && e.action.code[1] >= '7';
      const bool threat = e.action.code.starts_with("13");
      // "blocked streets in Hong Kong in defiance of the authorities": the place a
      // protest happens is where, not whom, when its purpose names someone.
      const bool place = protest && e.target && coded(*e.target) &&
                         e.target->type == EntityType::Gpe && e.action.lemma.ends_with(" in");
      if (e.action.code.size() < 2 || e.action.code.starts_with("01") || !e.actor ||
          (e.target && coded(*e.target) && !place))
        continue;
      if (!own && !protest && !threat) continue;
      std::vector<Participant> found;
      if (protest || (force && own)) found = protest_target(cx, p, *e.actor);
      if (threat) found = condition_target(cx, p, *e.actor);
      if (found.empty() && own && !place) found = complement_target(cx, p, *e.actor);
      if (found.empty()) continue;
      // What stood as the target ("to hand over to Britain two nationals") stays as
      // an argument of the event.
      if (e.target)
        e.modifiers.insert(e.modifiers.begin(),
                           {place ? "place" : "other", e.target->text, e.target->span});
      const Event base = e;
      e.target = found.front();
      for (size_t k = 1; k < found.size(); ++k) {
        Event more = base;
        more.id = cx.doc.next_id++;
        more.target = found[k];
        added.push_back(static_cast<int>(cx.doc.events.size()));
        cx.doc.events.push_back(std::move(more));
      }
    }
    pe.event_indices.insert(pe.event_indices.end(), added.begin(), added.end());
  }
}

}  // namespace kg::events::detail
