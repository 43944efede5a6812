// Threats made by announcing force or punishment. A coercive or violent act that has
// not happened yet is a threat (CAMEO 13x) by whoever holds it over another:
//   "Iran will attack Israel unless the sanctions are lifted" (a condition),
//   "the farmers said they would blockade Paris" (announced by those who will act),
//   "the security chief warned that police will no longer tolerate rallies" (by the
//   speaker's own state).
// The act itself stays, planned or hypothetical; the threat is asserted.
#include <algorithm>
#include <map>
#include <optional>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {
using nlp::Upos;

namespace {

// The threat of doing what `code` names: protest 133, sanctions 131, repression 137,
// force 138; "" for acts that threaten nobody.
std::string threat_code(std::string_view code) {
  if (code.size() < 2) return "";
  const std::string_view root = code.substr(0, 2);
  if (root == "14") return "133";
  if (root == "15" || root == "18" || root == "19" || root == "20") return "138";
  if (code == "164") return "134";  // halt negotiations
  if (code == "165") return "135";  // halt mediation
  if (code == "166") return "136";  // expel or withdraw peacekeepers, envoys
  if (root == "16") return "131";
  if (root == "17") return "137";
  return "";
}

bool state_sector(const std::string& code) {
  if (code.size() < 3) return false;
  if (code.size() == 3) return true;  // the state itself
  return in(std::string_view(code).substr(3, 3), {"GOV", "MIL", "COP", "SPY", "JUD"});
}

bool same_side(const Participant& speaker, const Participant& actor) {
  if (speaker.code.empty() || actor.code.empty()) return false;
  if (speaker.code == actor.code && speaker.entity == actor.entity) return true;
  // "Cairo's security chief warned that police will ...": the speaker's own state, when
  // both speak for it (an opposition leader does not threaten with the state's police).
  return !speaker.code.starts_with("-") && speaker.code.substr(0, 3) == actor.code.substr(0, 3) &&
         state_sector(speaker.code) && state_sector(actor.code);
}

// Whether predicate `p` has an auxiliary written as one of `forms` ("will", "'ll").
bool has_aux(const SentenceContext& cx, int p, std::initializer_list<std::string_view> forms) {
  return std::ranges::any_of(cx.g.children(p), [&](int c) {
    return cx.g.base(c) == "aux" &&
           std::ranges::find(forms, std::string_view(text::lowercase(cx.g.form(c)))) != forms.end();
  });
}

// "would have attacked", "if the police had not arrived": what did not happen threatens
// nobody.
bool counterfactual(const SentenceContext& cx, int p) {
  bool modal = false, have = false;
  for (int c : cx.g.children(p))
    if (cx.g.base(c) == "aux") {
      modal = modal || in(cx.g.lemma(c), {"would", "could", "might"});
      have = have || (modal && cx.g.lemma(c) == "have");
    }
  return have;
}

// What an event of a verbal predicate amounts to besides itself: the act `code` by `by`.
struct Derived {
  std::string code;
  Participant by;
};

// Adds, for each event of a verbal predicate that `derive` turns into another act, that
// act ("threaten (attack)", "refuse (accept)"): asserted, affirmative, one of its
// predicate's events, after all of the sentence's own.
template <class Derive>
void add_derived(SentenceContext& cx, std::string_view verb, Derive&& derive) {
  std::vector<std::pair<int, Event>> added;
  for (const auto& [p, pe] : cx.preds) {
    if (cx.g.tok(p).upos != Upos::VERB) continue;
    for (int idx : pe.event_indices) {
      const Event& e = cx.doc.events[static_cast<size_t>(idx)];
      std::optional<Derived> d = derive(p, e);
      if (!d) continue;
      Event x = e;
      x.id = cx.doc.next_id++;
      x.actor = std::move(d->by);
      x.action.lemma = std::string(verb) + " (" + e.action.lemma + ")";
      // "threatened to hold a strike unless Israel rescinded ...": aimed at Israel.
      if (!x.target || x.target->code.empty()) {
        const int governor = cx.g.head(p);
        auto on = condition_target(cx, p, *x.actor);
        if (on.empty() && governor >= 0) on = condition_target(cx, governor, *x.actor);
        if (!on.empty()) x.target = on.front();
      }
      set_code(cx, x.action, d->code);
      x.polarity = Polarity::Affirmative;
      x.modality = Modality::Asserted;
      added.emplace_back(p, std::move(x));
    }
  }
  for (auto& [p, x] : added) append_event(cx, p, std::move(x));
}

}  // namespace

void threats_from_intentions(SentenceContext& cx) {
  // Who reports each content clause.
  std::map<int, const Participant*> speaker_of;
  for (const auto& [r, pe] : cx.preds) {
    if (!pe.reporting || pe.event_indices.empty()) continue;
    const Event& said = cx.doc.events[static_cast<size_t>(pe.event_indices.front())];
    if (!said.actor) continue;
    for (int c : pe.content) speaker_of[c] = &*said.actor;
  }
  add_derived(cx, "threaten", [&](int p, const Event& e) -> std::optional<Derived> {
    const std::string code = threat_code(e.action.code);
    // Only for verbs kg lists: PETRARCH's blocks code "continue their rally" as a protest.
    if (code.empty() || !e.actor || e.polarity == Polarity::Negated || counterfactual(cx, p) ||
        !cx.verbs.lists_own(cx.g.lemma(p)))
      return std::nullopt;
    // "may halt its mediation if the attacks continue": a condition makes a threat of a
    // possibility too.
    const bool conditional = !condition_clauses(cx, p).empty();
    if (e.modality != Modality::Planned && e.modality != Modality::Hypothetical &&
        !(conditional && e.modality == Modality::Hedged))
      return std::nullopt;
    if (conditional && !e.actor->code.empty()) return Derived{code, *e.actor};
    const auto it = speaker_of.find(p);
    if (it != speaker_of.end() && same_side(*it->second, *e.actor))
      return Derived{code, *it->second};
    return std::nullopt;
  });
  // "will withdraw its peacekeeping force from Chad unless the president arranges a
  // ceasefire": held over someone by "unless", withdrawing one's forces is a threat to
  // end one's involvement (136); with "if" it may as well be an offer.
  add_derived(cx, "threaten", [&](int p, const Event& e) -> std::optional<Derived> {
    if (e.action.code != "087" || !e.actor || e.actor->code.empty() ||
        e.polarity == Polarity::Negated ||
        (e.modality != Modality::Planned && e.modality != Modality::Hypothetical &&
         e.modality != Modality::Hedged))
      return std::nullopt;
    for (int c : condition_clauses(cx, p))
      if (cx.g.lemma(cx.g.child(c, "mark")) == "unless") return Derived{"136", *e.actor};
    return std::nullopt;
  });
}

void intentions_from_plans(SentenceContext& cx) {
  // "The UN will provide food aid to Liberia", "the rebels said they will release the
  // prime minister", "would meet the mediator if he gave them a veto": a cooperative act
  // announced for later, or offered on a condition, is an expressed intent to do it
  // (03x) by the one who will act. The act itself stays, planned or hypothetical.
  add_derived(cx, "intend", [&](int p, const Event& e) -> std::optional<Derived> {
    // Between coded actors only: an intent toward no one ("will release its results")
    // says nothing of relations.
    if (!e.actor || e.actor->code.empty() || !e.target || e.target->code.empty() ||
        e.polarity == Polarity::Negated || e.action.code.size() < 2 || counterfactual(cx, p) ||
        !cx.verbs.lists_own(cx.g.lemma(p)))
      return std::nullopt;
    const bool offered = e.modality == Modality::Hypothetical &&
                         std::ranges::any_of(condition_clauses(cx, p), [&](int c) {
                           return cx.g.lemma(cx.g.child(c, "mark")) == "if";
                         });
    // Announced for later in so many words ("will provide"): a purpose ("used the
    // interview to defend") or a plan's content ("an agreement to buy") is no promise.
    const bool announced = has_aux(cx, p, {"will", "shall", "'ll", "wo"});
    if (!(e.modality == Modality::Planned && announced) && !offered) return std::nullopt;
    const std::string_view code =
        cooperation_intent_code(std::string_view(e.action.code).substr(0, 2));
    if (code.empty()) return std::nullopt;
    return Derived{std::string(code), *e.actor};
  });
}

void refusals_from_negations(SentenceContext& cx) {
  // "Syria says it will not accept any more refugees", "the U.S. would not meet the
  // hostage-takers' demands": declining to cooperate is a rejection (12x) by the one who
  // declines, beside the negated act itself.
  add_derived(cx, "refuse", [&](int p, const Event& e) -> std::optional<Derived> {
    // "will not accept", "would not meet": a refusal; "have not purchased" only reports
    // what has not happened.
    if (e.polarity != Polarity::Negated ||
        (e.modality != Modality::Planned && e.modality != Modality::Hypothetical) || !e.actor ||
        e.actor->code.empty() || e.action.code.size() < 2 || counterfactual(cx, p))
      return std::nullopt;
    const std::string_view root = std::string_view(e.action.code).substr(0, 2);
    const char* code = root == "03"   ? "120"
                       : root == "04" ? "125"
                       : root == "05" ? "127"
                       : root == "06" ? "121"
                       : root == "07" ? "122"
                       : root == "08" ? "124"
                                      : nullptr;
    // A refusal is willed ("will not", "would not", "won't"), not an inability ("could
    // not shield itself"), and of a verb kg lists (PETRARCH codes "leave" as a meeting).
    const bool willed = has_aux(cx, p, {"will", "would", "shall", "wo", "'ll", "'d"});
    if (!code || !willed || !cx.verbs.lists_own(cx.g.lemma(p))) return std::nullopt;
    return Derived{code, *e.actor};
  });
}

}  // namespace kg::events::detail
