#include "extract/events/event_extractor.hpp"

#include <algorithm>

#include "extract/events/document_country.hpp"
#include "extract/events/parse_repair.hpp"
#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"

namespace kg::events {
using nlp::ParsedSentence;
using nlp::ParsedToken;
using nlp::Upos;
using text::Document;

namespace detail {

// One sentence: carriers first (they take their phrases out of the event
// rules), then every predicate in word order, acronym definitions, and the
// claims that link content to its speaker.
void extract_sentence(SentenceContext& cx) {
  attach_carriers(cx);
  // Predicates in word order.
  for (int i = 0; i < cx.g.size(); ++i) {
    if (cx.skip_as_event.count(i)) continue;
    const ParsedToken& t = cx.g.tok(i);
    const std::string_view b = cx.g.base(i);
    if (cx.g.child(i, "cop") >= 0) {
      copular_events(cx, i);
    } else if (t.upos == Upos::VERB && b != "amod" && b != "compound" && b != "aux" &&
               b != "case") {
      verb_events(cx, i);
    } else if (t.upos == Upos::NOUN) {
      nominal_events(cx, i);
    }
    if (is_nominal(t.upos) && t.upos != Upos::PRON) apposition_events(cx, i);
  }
  // Long names with an acronym in parentheses, wherever they stand: "the ...
  // Center of China (CNCERT)" makes CNCERT an alias of the center.
  for (int i = 0; i < cx.g.size(); ++i)
    for (int c : cx.g.children(i))
      if (is_acronym_appos(cx.g, c)) {
        participant(cx, i, false);
        break;
      }
  complement_targets(cx);
  claims_of_own_acts(cx);
  threats_from_intentions(cx);
  intentions_from_plans(cx);
  refusals_from_negations(cx);
  link_claims(cx);
  if (!cx.carriers.empty())
    for (auto& [p, pe] : cx.preds)
      for (int idx : pe.event_indices) {
        Event& e = cx.doc.events[static_cast<size_t>(idx)];
        if (!e.carrier) e.carrier = cx.carriers.front();
      }
}

}  // namespace detail

EventExtractor::EventExtractor(const ActorDictionary& actors, const VerbDictionary& verbs)
    : actors_(actors), verbs_(verbs), coder_(actors) {}

ExtractionResult EventExtractor::extract(const Document& doc,
                                         std::span<const ParsedSentence> sentences,
                                         std::string_view date) const {
  detail::DocState st;
  for (const ParsedSentence& parsed : sentences) {
    ParsedSentence s = parsed;  // repaired in place; the caller's analysis stays as it was
    repair_verb_read_as_modifier(s);
    repair_content_before_reporting_clause(s);
    repair_subjunctive_read_as_noun(s);
    repair_gerund_read_as_verb(s);
    repair_hyphenated_participles(s);
    repair_object_read_as_oblique(s);
    repair_control_read_as_purpose(s);
    repair_name_read_as_apposition(s);
    repair_finite_open_complement(s);
    repair_company_names_with_and(s, [&](std::span<const std::string_view> words) {
      const auto m = actors_.find_names(words, date);
      return std::ranges::any_of(m, [&](const NameMatch& x) { return !x.code.empty(); });
    });
    repair_coordinated_titled_names(s);
    const SentenceGraph g(doc, s);
    const size_t before = st.events.size();
    detail::SentenceContext cx{coder_, verbs_, g, st, s.index, date, {}, {}, {}};
    detail::extract_sentence(cx);
    detail::follow_quotation(st, s, before);
  }
  detail::infer_countries(st, actors_, coder_, doc.text);
  // "The bond will yield 7.5 pct", "the increase helped push up employment": a code
  // between phrases that name no actor, even after the article's context, is no
  // event; it stays an open relation. A named person or organization no dictionary
  // knows ("The Zorblax Consortium accused ...") is an actor all the same.
  const auto actor_like = [](const std::optional<Participant>& p) {
    return p && (!p->code.empty() || p->type == EntityType::Person || p->type == EntityType::Org ||
                 p->type == EntityType::Gpe);
  };
  for (Event& e : st.events) {
    if (!e.action.code.empty() && !actor_like(e.actor) && !actor_like(e.target))
      clear_code(e.action);
  }
  return {std::move(st.mentions), std::move(st.events)};
}

}  // namespace kg::events
