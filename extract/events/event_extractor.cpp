#include "extract/events/event_extractor.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "extract/events/sentence_graph.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using text::lowercase;

using nlp::ParsedSentence;
using nlp::ParsedToken;
using nlp::Upos;
using text::ByteSpan;
using text::Document;
namespace {

using Words = std::vector<int>;

bool in(std::string_view x, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), x) != set.end();
}

bool is_reporting(std::string_view l) {
  return in(
      l, {"say",      "tell",    "state",     "claim",     "allege",    "accuse",   "deny",
          "warn",     "report",  "insist",    "argue",     "announce",  "add",      "note",
          "explain",  "believe", "think",     "suggest",   "confirm",   "admit",    "acknowledge",
          "charge",   "contend", "maintain",  "assert",    "declare",   "write",    "reveal",
          "disclose", "stress",  "emphasize", "emphasise", "predict",   "estimate", "fear",
          "hope",     "expect",  "recall",    "complain",  "reiterate", "indicate", "concede",
          "quote",    "testify", "stress",    "blame",     "agree",     "show",     "find",
          "conclude", "know",    "understand"});
}

bool is_symmetric(std::string_view l) {
  return in(l, {"meet", "talk", "negotiate", "clash", "consult", "confer", "cooperate", "discuss",
                "fight", "reconcile", "correspond"});
}

bool is_planning(std::string_view l) {
  return in(l, {"plan",    "intend", "want",    "hope",     "seek",     "aim",     "expect",
                "prepare", "decide", "promise", "vow",      "threaten", "try",     "attempt",
                "agree",   "pledge", "wish",    "schedule", "offer",    "propose", "set",
                "due",     "going",  "about",   "plot"});
}

bool is_request(std::string_view l) {
  return in(l, {"ask", "urge", "call", "appeal", "demand", "order", "invite", "press", "encourage",
                "persuade", "force", "tell", "request", "beg", "implore", "instruct", "pressure",
                "advise"});
}

bool is_negating_verb(std::string_view l) {
  return in(l, {"deny", "refuse", "reject", "refute", "dismiss", "decline", "fail", "avoid", "stop",
                "cease"});
}

bool is_hedge(std::string_view l) {
  return in(l, {"reportedly", "allegedly", "apparently", "possibly", "probably", "perhaps", "maybe",
                "purportedly", "supposedly", "likely", "seemingly", "ostensibly"});
}

bool is_time_word(std::string_view l) {
  return in(l,
            {"monday",    "tuesday",   "wednesday", "thursday", "friday",   "saturday",  "sunday",
             "january",   "february",  "march",     "april",    "may",      "june",      "july",
             "august",    "september", "october",   "november", "december", "jan.",      "feb.",
             "sept.",     "oct.",      "nov.",      "dec.",     "today",    "yesterday", "tomorrow",
             "week",      "month",     "year",      "day",      "night",    "morning",   "evening",
             "afternoon", "weekend",   "decade",    "century",  "time",     "hour",      "minute",
             "season",    "spring",    "summer",    "autumn",   "winter",   "period",    "tonight",
             "overnight", "date",      "moment",    "era",      "quarter"});
}

bool is_light_verb(std::string_view l) {
  return in(
      l, {"launch", "carry", "conduct", "hold", "make", "stage", "impose", "sign", "reach", "issue",
          "express", "pay", "take", "give", "mount", "wage", "file", "lodge", "open"});
}

bool is_nominal(Upos u) {
  return u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON || u == Upos::NUM;
}

}  // namespace

// ---------------------------------------------------------------------------
// Document-level state: mentions for resolution, events, open quotes.

namespace {

struct MentionRef {
  int index;  // into mentions
  uint32_t sentence;
  int token;
  bool subject;
};

struct DocState {
  std::vector<EntityMention> mentions;
  std::vector<MentionRef> refs;
  std::vector<Event> events;
  int next_id = 1;
  // Events of sentences inside a quotation whose speaker is not known yet.
  std::vector<int> pending_quote_events;  // indices into events
  bool quote_open = false;
};

struct PredicateEvents {
  int predicate = -1;
  std::vector<int> event_indices;  // into DocState::events
  std::vector<int> content;        // clause heads this reporting predicate introduces
  bool reporting = false;
  bool report_carrier = false;  // "X reported": X carried the content
};

class SentenceExtractor {
 public:
  SentenceExtractor(const ActorCoder& coder, const VerbDictionary& verbs, const SentenceGraph& g,
                    DocState& st, uint32_t index, std::string_view date)
      : coder_(coder), verbs_(verbs), g_(g), st_(st), index_(index), date_(date) {}

  void run();

 private:
  // Participants -------------------------------------------------------------
  std::vector<Participant> participants(int head, bool drop_case);
  Participant participant(int head, bool drop_case, std::vector<Participant>* expansion = nullptr);
  Participant participant_without(int head, int clause);
  // A clause as a target ("that the attacks came from ..."), without its "that".
  Participant clause_participant(int clause) const;
  void register_mention(const PhraseInfo& info, int head, Participant& p);
  bool resolve(int head, Participant& p, std::vector<Participant>* expansion);
  bool is_subject(int tok) const {
    const std::string_view b = g_.base(tok);
    return b == "nsubj" || b == "csubj";
  }

  // Predicates ---------------------------------------------------------------
  void verb_events(int p);
  void copular_events(int p);
  void nominal_events(int n);
  void apposition_events(int n);
  Words subjects_of(int p, bool& inherited, bool& patient_from_noun) const;
  std::string action_text(int p, const Words& extra) const;
  void modality(int p, Event& e) const;
  void make_events(int p, const std::vector<Participant>& actors,
                   const std::vector<Participant>& targets, Action action,
                   const std::vector<Modifier>& mods, double confidence, bool symmetric);
  std::vector<Modifier> modifiers(int p, const Words& skip) const;
  Action action_for(int p, const Words& text_words, const PredicateShape& shape) const;
  void link_claims();
  void attach_carriers();

  const ActorCoder& coder_;
  const VerbDictionary& verbs_;
  const SentenceGraph& g_;
  DocState& st_;
  uint32_t index_;
  std::string_view date_;
  std::map<int, PredicateEvents> preds_;
  std::set<int> skip_as_event_;  // nouns consumed by a light verb, "as reported by" clauses
  std::vector<Participant> carriers_;
};

// ---------------------------------------------------------------- mentions

void SentenceExtractor::register_mention(const PhraseInfo& info, int head, Participant& p) {
  // "Chinese networks" mentions no actor of its own; a phrase that defines an acronym does.
  const bool defines_acronym =
      std::ranges::any_of(g_.children(head), [&](int c) { return is_acronym_appos(g_, c); });
  if (!info.entity_head && !defines_acronym) return;
  if (g_.tok(head).upos == Upos::PRON) return;
  EntityMention m;
  m.sentence = index_;
  m.span = info.name_words.empty() ? p.span : g_.span(info.name_words);
  m.text = info.name.empty() ? p.text : info.name;
  m.canonical = p.entity;
  m.label = p.label;
  m.type = p.type;
  m.code = p.code;
  // Appositions give roles and acronyms: "Huang, the director of X", "X (CNCERT)".
  for (int c : g_.children(head)) {
    if (g_.base(c) != "appos") continue;
    const ParsedToken& t = g_.tok(c);
    if (is_acronym_appos(g_, c)) {
      m.acronym = t.form;
      if (m.type == EntityType::Other) m.type = EntityType::Org;
    } else if (t.upos == Upos::NOUN) {
      const PhraseInfo role = coder_.describe(g_, c, date_);
      m.roles.push_back(role.participant.text);
      if (m.type == EntityType::Other) m.type = EntityType::Person;
      p.type = m.type;
    }
  }
  // Earlier mention of the same entity: full name, surname, acronym.
  for (size_t k = st_.mentions.size(); k-- > 0;) {
    const EntityMention& e = st_.mentions[k];
    const bool same_name = (!m.canonical.empty() && e.canonical == m.canonical) || e.text == m.text;
    // A family name alone: last ("Obama") or, for names written family name
    // first, first ("Huang" for "Huang Chengqing").
    const bool longer = e.text.size() > m.text.size() + 1;
    const bool last = longer &&
                      e.text.compare(e.text.size() - m.text.size(), m.text.size(), m.text) == 0 &&
                      e.text[e.text.size() - m.text.size() - 1] == ' ';
    const bool first =
        longer && e.text.compare(0, m.text.size(), m.text) == 0 && e.text[m.text.size()] == ' ';
    const bool surname = m.type != EntityType::Gpe && info.name_words.size() == 1 &&
                         (e.type == EntityType::Person || e.type == EntityType::Other) &&
                         (last || first);
    const bool acronym = !e.acronym.empty() && e.acronym == m.text;
    if (same_name || surname || acronym) {
      m.antecedent = e.antecedent >= 0 ? e.antecedent : static_cast<int>(k);
      const EntityMention& root = st_.mentions[static_cast<size_t>(m.antecedent)];
      m.canonical = root.canonical;
      m.label = root.label;
      if (m.code.empty()) m.code = root.code;
      if (root.type != EntityType::Other) m.type = root.type;
      p.entity = m.canonical;
      p.label = m.label;
      p.code = m.code;
      p.type = m.type;
      break;
    }
  }
  p.mention = static_cast<int>(st_.mentions.size());
  st_.refs.push_back({p.mention, index_, head, is_subject(head)});
  st_.mentions.push_back(std::move(m));
}

bool SentenceExtractor::resolve(int head, Participant& p, std::vector<Participant>* expansion) {
  const ParsedToken& t = g_.tok(head);
  const std::string l = g_.lemma(head);
  auto take = [&](const MentionRef& r) {
    const EntityMention& m = st_.mentions[static_cast<size_t>(r.index)];
    const int root = m.antecedent >= 0 ? m.antecedent : r.index;
    const EntityMention& e = st_.mentions[static_cast<size_t>(root)];
    p.entity = e.canonical;
    p.code = e.code.empty() ? m.code : e.code;
    p.type = e.type;
    p.mention = root;
    p.label = e.label;
  };
  auto recent = [&](auto pred, int max_back) -> const MentionRef* {
    // Most recent earlier mention within `max_back` sentences; subjects first.
    const MentionRef* any = nullptr;
    for (size_t k = st_.refs.size(); k-- > 0;) {
      const MentionRef& r = st_.refs[k];
      if (r.sentence == index_ && r.token >= head) continue;
      if (static_cast<int>(index_) - static_cast<int>(r.sentence) > max_back) break;
      if (!pred(st_.mentions[static_cast<size_t>(r.index)])) continue;
      if (r.subject) return &r;
      if (!any) any = &r;
    }
    return any;
  };
  if (t.upos == Upos::PRON) {
    const MentionRef* r = nullptr;
    if (in(l, {"he", "she", "him", "her", "his", "hers", "himself", "herself"}))
      r = recent([](const EntityMention& m) { return m.type == EntityType::Person; }, 2);
    else if (in(l, {"it", "its", "itself"}))
      r = recent(
          [](const EntityMention& m) {
            return m.type == EntityType::Org || m.type == EntityType::Gpe;
          },
          1);
    else if (in(l, {"they", "them", "their", "themselves"}))
      r = recent([](const EntityMention& m) { return m.type == EntityType::Group; }, 1);
    if (!r) return false;
    take(*r);
    return true;
  }
  // Definite descriptions: "the country", "the two countries", "the ministry".
  const int det = g_.child(head, "det");
  if (det < 0 || g_.lemma(det) != "the") return false;
  // "The Pentagon denied the accusation": denying an accusation answers the accuser.
  const int gov = g_.head(head);
  if (in(l, {"accusation", "allegation", "charge", "claim"}) && gov >= 0 &&
      in(g_.lemma(gov), {"deny", "reject", "dismiss", "refute", "rebuff", "deflect"})) {
    for (size_t k = st_.events.size(); k-- > 0;) {
      const Event& e = st_.events[k];
      if (index_ - e.sentence > 8) break;  // an article's accusation is answered a few sentences on
      if (!e.actor || e.actor->code.empty() || e.action.code.rfind("11", 0) != 0) continue;
      p.entity = e.actor->entity;
      p.code = e.actor->code;
      p.type = e.actor->type;
      p.label = e.actor->label;
      p.mention = e.actor->mention;
      return true;
    }
    return false;
  }
  const int num = g_.child(head, "nummod");
  if (in(l, {"country", "nation", "state", "government", "side", "capital"})) {
    const size_t want = num >= 0 && g_.lemma(num) == "two" ? 2 : 1;
    auto fill = [&](Participant& x, int root) {
      const EntityMention& e = st_.mentions[static_cast<size_t>(root)];
      x.entity = e.canonical;
      x.code = e.code + (l == "government" ? "GOV" : "");
      x.type = l == "government" ? EntityType::Org : EntityType::Gpe;
      x.mention = root;
    };
    // "China criticized Japan. The country also warned Tokyo.": a description in
    // subject position continues the last country that acted, not the last named.
    if (want == 1 && g_.base(head) == "nsubj") {
      // The first event with an actor in the closest earlier sentence that has one.
      const Event* last = nullptr;
      for (size_t k = st_.events.size(); k-- > 0;) {
        const Event& e = st_.events[k];
        if (e.sentence == index_ || !e.actor) continue;
        if (last && e.sentence != last->sentence) break;
        if (index_ - e.sentence > 3) break;
        last = &e;
      }
      if (last && last->actor->type == EntityType::Gpe && last->actor->code.size() == 3 &&
          last->actor->mention >= 0) {
        const int m = last->actor->mention;
        const int root = st_.mentions[static_cast<size_t>(m)].antecedent;
        fill(p, root >= 0 ? root : m);
        return true;
      }
    }
    std::vector<int> found;
    for (size_t k = st_.refs.size(); k-- > 0 && found.size() < want;) {
      const MentionRef& r = st_.refs[k];
      if (r.sentence == index_ && r.token >= head) continue;
      if (index_ - r.sentence > 3) break;
      const EntityMention& m = st_.mentions[static_cast<size_t>(r.index)];
      if (m.type != EntityType::Gpe || m.code.size() != 3) continue;
      const int root = m.antecedent >= 0 ? m.antecedent : r.index;
      if (std::find(found.begin(), found.end(), root) == found.end()) found.push_back(root);
    }
    if (found.size() != want) return false;
    fill(p, found[0]);
    if (want == 2 && expansion) {
      Participant second = p;
      fill(second, found[1]);
      expansion->push_back(second);
    }
    return true;
  }
  const MentionRef* r = recent(
      [&](const EntityMention& m) {
        if (m.type != EntityType::Org) return false;
        const auto sp = m.canonical.rfind(' ');
        return lowercase(m.canonical.substr(sp == std::string::npos ? 0 : sp + 1)) == l;
      },
      4);
  if (!r) return false;
  take(*r);
  return true;
}

Participant SentenceExtractor::participant(int head, bool drop_case,
                                           std::vector<Participant>* expansion) {
  const PhraseInfo info = coder_.describe(g_, head, date_, drop_case);
  Participant p = info.participant;
  // "German Chancellor Angela Merkel" parsed as the title with the name in apposition
  // right after it: the person named is the participant, in the title's words.
  const int name = head + 1;
  if (p.type == EntityType::Person && info.name_words.size() <= 1 && name < g_.size() &&
      g_.head(name) == head && g_.base(name) == "appos" && g_.tok(name).upos == Upos::PROPN) {
    const PhraseInfo person = coder_.describe(g_, name, date_);
    if (person.participant.type == EntityType::Person || person.named) {
      Participant named = person.participant;
      if (named.code.empty()) named.code = p.code;
      named.text = p.text;
      named.span = p.span;
      register_mention(person, name, named);
      if (named.mention >= 0 && !st_.refs.empty()) {
        st_.refs.back().token = head;  // it stands where the title does, subject or not
        st_.refs.back().subject = is_subject(head);
      }
      return named;
    }
  }
  if (g_.tok(head).upos == Upos::PRON || p.code.empty()) resolve(head, p, expansion);
  // "her spokesman", "its army": the owner's country is the sector's country.
  if (p.code.size() > 3 && p.code.starts_with("---"))
    for (int c : g_.children(head)) {
      if (g_.rel(c) != "nmod:poss" || g_.tok(c).upos != Upos::PRON) continue;
      Participant owner;
      owner.text = std::string(g_.form(c));
      if (resolve(c, owner, nullptr) && owner.code.size() >= 3 && !owner.code.starts_with("---")) {
        p.code = owner.code.substr(0, 3) + p.code.substr(3);
        p.label = coder_.label_for_code(p.code);
      }
    }
  register_mention(info, head, p);
  return p;
}

Participant SentenceExtractor::clause_participant(int c) const {
  Words body;
  for (int x : g_.subtree(c, {"punct"}))
    if (!(g_.head(x) == c && g_.base(x) == "mark" && g_.lemma(x) == "that")) body.push_back(x);
  Participant clause;
  clause.text = g_.text(body);
  clause.head = std::string(g_.form(c));
  clause.span = g_.span(body);
  clause.type = EntityType::Clause;
  return clause;
}

Participant SentenceExtractor::participant_without(int head, int clause) {
  // The noun may itself be an oblique ("upon a German armada preparing to invade"):
  // its preposition is not part of who acts.
  PhraseInfo info = coder_.describe(g_, head, date_, true);
  const Words drop = g_.subtree(clause);
  std::erase_if(info.words,
                [&](int w) { return std::find(drop.begin(), drop.end(), w) != drop.end(); });
  info.participant.text = g_.text(info.words);
  info.participant.span = g_.span(info.words);
  Participant p = info.participant;
  if (p.code.empty()) resolve(head, p, nullptr);
  register_mention(info, head, p);
  return p;
}

std::vector<Participant> SentenceExtractor::participants(int head, bool drop_case) {
  std::vector<Participant> out;
  for (int c : g_.with_conjuncts(head)) {
    std::vector<Participant> extra;
    out.push_back(participant(c, drop_case && c == head ? true : drop_case, &extra));
    out.insert(out.end(), extra.begin(), extra.end());
    // "Chinese and American officials": one participant per coordinated nationality.
    const Participant& p = out[out.size() - 1 - extra.size()];
    if (!p.entity.empty() || p.code.size() < 3) continue;
    std::vector<std::string> countries;
    // Joined by a conjunction, wherever the parser hung it ("Chinese and American").
    const int head_cc = g_.child(c, "cc");
    bool joined = head_cc >= 0 && head_cc < c;
    for (int a : g_.children(c)) {
      if (g_.base(a) != "amod") continue;
      for (int x : g_.with_conjuncts(a)) {
        joined = joined || g_.child(x, "cc") >= 0;
        const std::string code = coder_.country_of_word(g_, x);
        if (code.size() == 3 && std::ranges::find(countries, code) == countries.end())
          countries.push_back(code);
      }
    }
    if (countries.size() < 2 || !joined || p.code.substr(0, 3) != countries.front()) continue;
    const Participant first = p;
    for (size_t k = 1; k < countries.size(); ++k) {
      Participant q = first;
      q.code = countries[k] + first.code.substr(3);
      q.label = coder_.label_for_code(q.code);
      q.mention = -1;
      out.push_back(std::move(q));
    }
  }
  return out;
}

// -------------------------------------------------------------- predicates

Words SentenceExtractor::subjects_of(int p, bool& inherited, bool& patient_from_noun) const {
  Words s;
  for (int c : g_.children(p)) {
    const std::string_view b = g_.base(c);
    if (b == "nsubj" || b == "csubj") s.push_back(c);
  }
  // Two subjects on one verb is a misparse ("the state-run China Daily reported"
  // read as "run" and "Daily"); the one next to the verb is the subject.
  // Subjects separated by nothing but commas are a list the parser failed to coordinate.
  const bool list = [&] {
    for (size_t k = 1; k < s.size(); ++k) {
      const Words a = g_.subtree(s[k - 1], {"punct"}), b = g_.subtree(s[k], {"punct"});
      const int from = *std::max_element(a.begin(), a.end()) + 1;
      const int to = *std::min_element(b.begin(), b.end());
      if (from >= to) return false;  // adjacent: one phrase split in two
      for (int w = from; w < to; ++w)
        if (g_.form(w) != "," && g_.base(w) != "cc") return false;
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
  const int h = g_.head(p);
  if (h < 0) return s;
  const std::string_view r = g_.rel(p);
  const std::string_view b = g_.base(p);
  if (b == "conj" && g_.tok(h).upos == Upos::VERB)
    return subjects_of(h, inherited, patient_from_noun);
  if (b == "xcomp") {
    // Object control: "urged Bree to help" -> Bree helps.
    const int obj = g_.child(h, "obj");
    if (obj >= 0 && !in(g_.lemma(h), {"promise", "threaten", "vow", "pledge"})) return {obj};
    const int iobj = g_.child(h, "iobj");
    if (iobj >= 0) return {iobj};
    return subjects_of(h, inherited, patient_from_noun);
  }
  if (b == "advcl" && (g_.tok(p).xpos == "VBG" || g_.tok(p).xpos == "VBN") &&
      g_.child(p, "mark") < 0)
    return subjects_of(h, inherited, patient_from_noun);
  if ((r == "acl" || r == "acl:relcl") && is_nominal(g_.tok(h).upos)) {
    // A clause hanging off "that"/"which" is a misparse of a complement clause; the
    // pronoun names no one.
    if (g_.tok(h).upos == Upos::PRON && in(g_.lemma(h), {"that", "which", "who", "this"})) return s;
    if (r == "acl") {
      if (g_.tok(p).xpos == "VBN")
        patient_from_noun = true;  // "a report published in ..."
      else if (g_.child(p, "mark") >= 0)
        return s;  // "a plan to ...": no subject
      return {h};
    }
    // Relative clause: the relative pronoun tells the noun's role.
    for (int c : g_.children(p)) {
      const bool rel_pron = g_.tok(c).feats.find("PronType=Rel") != std::string::npos ||
                            in(g_.lemma(c), {"who", "which", "that"});
      if (!rel_pron) continue;
      if (g_.base(c) == "obj") {
        patient_from_noun = true;
        return s;
      }
    }
    return {h};
  }
  return s;
}

std::string SentenceExtractor::action_text(int p, const Words& extra) const {
  Words w{p};
  for (int c : g_.children(p)) {
    const std::string_view b = g_.base(c);
    if (b == "aux" || b == "cop" || g_.rel(c) == "compound:prt" ||
        (b == "advmod" && in(g_.lemma(c), {"not", "n't", "never"})))
      w.push_back(c);
  }
  w.insert(w.end(), extra.begin(), extra.end());
  std::sort(w.begin(), w.end());
  w.erase(std::unique(w.begin(), w.end()), w.end());
  std::string out;
  for (int x : w) {
    if (!out.empty()) out += ' ';
    out += g_.form(x);
  }
  return out;
}

Action SentenceExtractor::action_for(int p, const Words& text_words,
                                     const PredicateShape& shape) const {
  Action a;
  a.text = action_text(p, text_words);
  a.lemma = std::string(shape.lemma);
  if (!shape.particle.empty()) a.lemma += " " + std::string(shape.particle);
  if (!shape.preps.empty() && !shape.preps.front().empty())
    a.lemma += " " + std::string(shape.preps.front());
  a.span = g_.tok(p).bytes;
  // "what it called baseless charges", "called the report a provocation": naming, not an
  // appeal or a phone call.
  const bool naming = shape.lemma == "call" &&
                      ((g_.rel(p) == "acl:relcl" && g_.lemma(g_.tok(p).head) == "what") ||
                       (g_.child(p, "obj") >= 0 && std::ranges::any_of(g_.children(p), [&](int c) {
                          return g_.base(c) == "xcomp" &&
                                 (g_.tok(c).upos == Upos::NOUN || g_.tok(c).upos == Upos::ADJ);
                        })));
  if (!naming) a.code = verbs_.code_for(shape);
  if (const EventCodeInfo* info = verbs_.info(a.code)) {
    a.label = info->label;
    a.goldstein = info->goldstein;
    a.quad_class = info->quad_class;
  }
  return a;
}

std::vector<Modifier> SentenceExtractor::modifiers(int p, const Words& skip) const {
  std::vector<Modifier> out;
  for (int c : g_.children(p)) {
    if (std::find(skip.begin(), skip.end(), c) != skip.end()) continue;
    const std::string_view b = g_.base(c);
    const std::string_view r = g_.rel(c);
    if (b != "obl" && b != "advmod" && r != "nmod:tmod" && b != "nmod") continue;
    if (b == "advmod" &&
        (in(g_.lemma(c), {"not", "n't", "never", "also", "too", "so", "then", "now"}) ||
         is_hedge(g_.lemma(c))))
      continue;
    const int cs = g_.child(c, "case");
    if (cs >= 0 && lowercase(g_.form(cs)) == "according") continue;  // a carrier, not a modifier
    const Words words = g_.subtree(c, {"punct"});
    Modifier m;
    m.text = g_.text(words);
    m.span = g_.span(words);
    const std::string l = g_.lemma(c);
    bool time = r == "obl:tmod" || r == "nmod:tmod" || is_time_word(l) ||
                (g_.tok(c).upos == Upos::NUM && l.size() == 4);
    for (int w : words) time = time || (is_time_word(g_.lemma(w)) && g_.base(w) != "nmod");
    if (time)
      m.role = "time";
    else if (b == "advmod")
      m.role = "manner";
    else if (cs >= 0 && in(g_.lemma(cs), {"in", "at", "near", "inside", "outside", "across"}) &&
             (g_.tok(c).upos == Upos::PROPN))
      m.role = "place";
    else
      m.role = "other";
    out.push_back(std::move(m));
  }
  // "accused the United States of launching attacks": the charge, cut off the
  // target's name by the actor coder, is kept here.
  for (int o : g_.children(p)) {
    if ((g_.base(o) != "obj" && g_.base(o) != "iobj") || g_.tok(o).upos != Upos::PROPN) continue;
    for (int c : g_.children(o))
      if (is_charge_on_name(g_, c)) {
        const Words words = g_.subtree(c, {"punct"});
        out.push_back({"other", g_.text(words), g_.span(words)});
      }
  }
  return out;
}

void SentenceExtractor::modality(int p, Event& e) const {
  // Negation on the predicate or a negating verb above it ("denied attacking").
  bool negated = false;
  for (int c : g_.children(p))
    if ((g_.base(c) == "advmod" || g_.base(c) == "det") && in(g_.lemma(c), {"not", "n't", "never"}))
      negated = true;
  bool hypothetical = false, planned = false, hedged = false;
  for (int c : g_.children(p)) {
    const std::string l = g_.lemma(c);
    if (g_.base(c) == "aux") {
      if (in(l, {"will", "shall", "'ll"}) || in(g_.form(c), {"will", "shall", "'ll", "wo"}))
        planned = true;
      if (in(l, {"would", "could"}) || in(g_.form(c), {"would", "could"})) hypothetical = true;
      if (in(l, {"may", "might"}) || in(g_.form(c), {"may", "might"})) hedged = true;
    }
    if (g_.base(c) == "advmod" && is_hedge(l)) hedged = true;
    if (g_.base(c) == "mark" && in(l, {"if", "unless", "whether"})) hypothetical = true;
    if (g_.base(c) == "advcl") {
      const int m = g_.child(c, "mark");
      if (m >= 0 && in(g_.lemma(m), {"if", "unless"})) hypothetical = true;  // the consequent
    }
  }
  // Climb: content of a negating verb, controlled by a planning verb, inside an if-clause.
  for (int x = p, steps = 0; x >= 0 && steps < 8; ++steps) {
    const int h = g_.head(x);
    if (h < 0) break;
    const std::string_view b = g_.base(x);
    if (b == "xcomp" || b == "ccomp" || (b == "advcl" && g_.child(x, "mark") < 0)) {
      const std::string hl = g_.lemma(h);
      if (b != "ccomp" && is_planning(hl) && x == p) planned = true;
      // What one asks or urges another to do has not happened.
      if (b == "xcomp" && x == p && is_request(hl) &&
          (g_.child(h, "obj") >= 0 || g_.child(h, "iobj") >= 0))
        hypothetical = true;
      if (is_negating_verb(hl) && x == p) negated = !negated;
    }
    if (b == "advcl" || b == "xcomp" || b == "ccomp" || b == "conj") {
      const int m = g_.child(x, "mark");
      if (m >= 0 && in(g_.lemma(m), {"if", "unless", "whether"})) hypothetical = true;
      for (int c : g_.children(h))
        if (g_.base(c) == "aux" && in(g_.form(c), {"would", "could"}) && b != "ccomp")
          hypothetical = true;
    } else {
      break;
    }
    x = h;
  }
  // "is scheduled to", "is about to", "is to"
  const int h = g_.head(p);
  if (g_.base(p) == "xcomp" && h >= 0 && g_.child(h, "aux:pass") >= 0 && is_planning(g_.lemma(h)))
    planned = true;
  const auto& toks = g_.sentence().tokens;
  const bool question =
      !toks.empty() && toks.back().form == "?" && (g_.head(p) < 0 || g_.base(p) == "conj");
  e.polarity = negated ? Polarity::Negated : Polarity::Affirmative;
  e.modality = question       ? Modality::Question
               : hypothetical ? Modality::Hypothetical
               : planned      ? Modality::Planned
               : hedged       ? Modality::Hedged
                              : Modality::Asserted;
}

void SentenceExtractor::make_events(int p, const std::vector<Participant>& actors,
                                    const std::vector<Participant>& targets, Action action,
                                    const std::vector<Modifier>& mods, double confidence,
                                    bool symmetric) {
  auto emit = [&](const Participant* a, const Participant* t, const Action& act,
                  const std::vector<Modifier>& args) {
    Event e;
    e.id = st_.next_id++;
    e.sentence = index_;
    e.sentence_span = g_.sentence().bytes;
    if (a) e.actor = *a;
    if (t) e.target = *t;
    e.action = act;
    // A phrase already inside the actor or target ("so lucky in his career") is not a
    // separate argument as well.
    auto inside = [](const ByteSpan& m, const std::optional<Participant>& x) {
      return x && x->span.begin <= m.begin && m.end <= x->span.end && x->span.begin < x->span.end;
    };
    for (const auto& m : args)
      if (!inside(m.span, e.actor) && !inside(m.span, e.target)) e.modifiers.push_back(m);
    e.confidence = confidence;
    modality(p, e);
    preds_[p].predicate = p;
    preds_[p].event_indices.push_back(static_cast<int>(st_.events.size()));
    st_.events.push_back(std::move(e));
  };
  // "China and Japan met in Beijing": they meet each other; the city is where.
  const bool at_place = action.lemma.ends_with(" in") || action.lemma.ends_with(" at");
  if (symmetric && actors.size() >= 2 && (targets.empty() || at_place)) {
    std::vector<Modifier> args = mods;
    for (const auto& t : targets) args.push_back({"place", t.text, t.span});
    Action act = action;
    if (!targets.empty()) act.lemma.resize(act.lemma.rfind(' '));
    for (size_t i = 0; i < actors.size(); ++i)
      for (size_t j = 0; j < actors.size(); ++j)
        if (i != j) emit(&actors[i], &actors[j], act, args);
    return;
  }
  if (actors.empty()) {
    for (const auto& t : targets) emit(nullptr, &t, action, mods);
    return;
  }
  for (const auto& a : actors) {
    if (targets.empty()) emit(&a, nullptr, action, mods);
    for (const auto& t : targets) emit(&a, &t, action, mods);
  }
}

void SentenceExtractor::verb_events(int p) {
  const ParsedToken& pt = g_.tok(p);
  bool inherited = false, patient_from_noun = false;
  Words subj = subjects_of(p, inherited, patient_from_noun);
  // "the months that weigh on X": the relative pronoun stands for the noun.
  if (g_.rel(p) == "acl:relcl")
    for (int& s : subj)
      if (in(g_.lemma(s), {"that", "which", "who", "whom"})) {
        s = g_.head(p);
        inherited = true;
      }
  // A passive subject without a passive auxiliary on a finite verb is a parse slip.
  // Finite clauses ("officials called for talks") are often tagged VBN with a passive subject;
  // without an auxiliary there, only a "by" agent makes the passive believable.
  const bool finite_position = in(g_.base(p), {"root", "ccomp", "parataxis"}) &&
                               g_.child(p, "aux", false) < 0 && g_.child(p, "cop", false) < 0;
  const bool has_by_agent = std::ranges::any_of(g_.children(p), [&](int c) {
    return g_.rel(c) == "obl:agent" || (g_.base(c) == "obl" && g_.child(c, "case") >= 0 &&
                                        lowercase(g_.form(g_.child(c, "case"))) == "by");
  });
  const bool passive = g_.child(p, "aux:pass") >= 0 ||
                       (g_.child(p, "nsubj:pass", false) >= 0 && pt.xpos == "VBN" &&
                        (!finite_position || has_by_agent)) ||
                       (patient_from_noun && pt.xpos == "VBN");
  const std::string lemma = g_.lemma(p);
  std::vector<Participant> actors, targets;
  Words used;       // children consumed as arguments
  Words rel_words;  // words added to the action text (preposition of the target)
  PredicateShape shape;
  shape.lemma = lemma;
  const int prt = g_.child(p, "compound:prt", false);
  std::string particle;
  if (prt >= 0) {
    particle = g_.lemma(prt);
    shape.particle = particle;
    used.push_back(prt);
  }
  std::vector<std::string> object_phrases;
  auto add_object_phrases = [&](int head) {
    const std::string l = g_.lemma(head);
    object_phrases.push_back(l);
    object_phrases.push_back(lowercase(g_.form(head)));  // dictionaries list "sanctions" too
    for (int c : g_.children(head))
      if (g_.base(c) == "compound" || g_.base(c) == "amod") {
        object_phrases.push_back(g_.lemma(c) + " " + l);
        const int cc = g_.child(c, "compound");
        if (cc >= 0) object_phrases.push_back(g_.lemma(cc) + " " + g_.lemma(c) + " " + l);
      }
  };
  std::vector<std::string> preps;
  auto prep_of = [&](int case_word) { return lowercase(g_.form(case_word)); };
  auto put_first = [&](const std::string& prep) {
    std::erase(preps, prep);
    preps.insert(preps.begin(), prep);
  };
  // The passive agent, and the obliques with their prepositions in word order.
  int agent = -1;
  std::vector<std::pair<int, std::string>> obliques;
  for (int c : g_.children(p)) {
    if (g_.base(c) != "obl") continue;
    const int cs = g_.child(c, "case");
    if (cs < 0) continue;
    const std::string prep = prep_of(cs);
    if (prep == "according") continue;
    if (agent < 0 && (g_.rel(c) == "obl:agent" || (passive && prep == "by"))) {
      agent = c;
      continue;
    }
    obliques.emplace_back(c, prep);
    // "called Xi on Tuesday": a time adjunct's preposition says nothing about the action.
    if (!is_time_word(g_.lemma(c))) preps.push_back(prep);
  }
  // Who acts on whom. In the passive the subject is the patient; when no
  // agent is named, a country behind an event noun may be the agent
  // ("killed in Israeli shelling"), else the subject is the only
  // participant we have and stands as the actor ("bonds were changed").
  std::vector<Participant> subjects;
  for (int s : subj) {
    // The antecedent of a relative clause, without the clause itself.
    // When the clause hangs off the subject itself ("an armada preparing to invade"), or
    // the predicate sits inside such a clause, the subject is the noun without it.
    int clause = -1;
    for (int c : g_.children(s)) {
      if (g_.rel(c) != "acl" && g_.rel(c) != "acl:relcl") continue;
      const Words sub = g_.subtree(c);
      if (std::find(sub.begin(), sub.end(), p) != sub.end()) clause = c;
    }
    auto a = clause >= 0 ? std::vector<Participant>{participant_without(s, clause)}
                         : participants(s, false);
    subjects.insert(subjects.end(), a.begin(), a.end());
    if (!inherited) used.push_back(s);
  }
  if (patient_from_noun && !passive) {
    // "the report that officials published", "legislation sponsored by X": the noun,
    // without the clause, is the object.
    const int noun = g_.head(p);
    auto t = g_.with_conjuncts(noun).size() == 1
                 ? std::vector<Participant>{participant_without(noun, p)}
                 : participants(noun, false);
    targets.insert(targets.end(), t.begin(), t.end());
    subjects.clear();
    for (int c : g_.children(p))
      if (g_.base(c) == "nsubj") {
        auto a = participants(c, false);
        subjects.insert(subjects.end(), a.begin(), a.end());
      }
  }
  bool patient_is_target = false;
  if (passive) {
    if (agent >= 0) {
      actors = participants(agent, true);
      used.push_back(agent);
    } else {
      for (const auto& [c, prep] : obliques) {
        if (!in(prep, {"in", "by", "during"}) || verbs_.nominal_code(g_.lemma(c)).empty()) continue;
        for (int m : g_.children(c)) {
          if (g_.base(m) != "amod" && g_.base(m) != "compound" && g_.rel(m) != "nmod:poss")
            continue;
          const std::string country = coder_.country_of_word(g_, m);
          if (country.empty()) continue;
          Participant a = participant(m, false);
          a.code = country;
          actors.push_back(a);
          break;
        }
        if (!actors.empty()) break;
      }
    }
    if (!actors.empty()) {
      targets = subjects;
      patient_is_target = true;
    } else {
      actors = subjects;
    }
  } else {
    actors = subjects;
  }
  const bool reporting = is_reporting(lemma);
  int obj = g_.child(p, "obj");
  if (obj < 0) obj = g_.child(p, "iobj");
  if (obj < 0 && passive && !patient_is_target) obj = g_.child(p, "xcomp");  // "is called X"
  int target_head = -1;  // the word the target phrase is built from
  bool target_drop_case = false;
  if (obj >= 0 && !patient_is_target && targets.empty()) {
    used.push_back(obj);
    add_object_phrases(obj);
    target_head = obj;
    // An event noun as object ("launched an air strike against X", "ratified an
    // agreement with the EU", "issued warrants for two men"): the one it is
    // directed at is the target, the noun joins the action.
    const bool event_noun =
        !verbs_.nominal_code(g_.lemma(obj)).empty() || is_light_verb(lemma) ||
        in(g_.lemma(obj), {"warrant", "warrants", "concern", "responsibility", "support"});
    if (event_noun) {
      int directed = -1;
      for (int c : g_.children(obj)) {
        const int cs = g_.child(c, "case");
        if (g_.base(c) == "nmod" && cs >= 0 &&
            in(prep_of(cs), {"against", "on", "with", "at", "to", "for", "over", "into", "upon",
                             "toward", "towards"})) {
          directed = c;
          break;
        }
      }
      for (const auto& [c, prep] : obliques)
        if (directed < 0 && in(prep, {"against", "on", "with", "at", "for", "over", "into", "upon",
                                      "toward", "towards"}))
          directed = c;
      if (directed >= 0) {
        const int cs = g_.child(directed, "case");
        put_first(prep_of(cs));
        for (int w : g_.subtree(obj, {"nmod", "acl", "acl:relcl", "punct", "appos"}))
          rel_words.push_back(w);
        rel_words.push_back(cs);
        target_head = directed;
        target_drop_case = true;
        used.push_back(directed);
        skip_as_event_.insert(obj);
      }
    }
  }
  // Prepositional complement as target when there is no object: "called for talks".
  if (target_head < 0 && !patient_is_target && targets.empty()) {
    for (const auto& [c, prep] : obliques) {
      if ((!passive && is_time_word(g_.lemma(c))) || g_.rel(c) == "obl:tmod" || c < p ||
          (reporting && prep == "to"))
        continue;
      target_head = c;
      target_drop_case = true;
      const int cs = g_.child(c, "case");
      put_first(prep);
      rel_words.push_back(cs);
      for (int f : g_.children(cs))
        if (g_.base(f) == "fixed") rel_words.push_back(f);
      used.push_back(c);
      add_object_phrases(c);
      break;
    }
  }
  if (target_head >= 0) targets = participants(target_head, target_drop_case);
  // A coded oblique beats an uncoded thing as the one acted on: "fired
  // batteries at Russia" is directed at Russia; failing that, the country
  // where it happens ("re-examine the refineries in Iran").
  // Statements ("made his remarks in Doha") are not directed at where they are made.
  const bool statement = [&] {
    PredicateShape now = shape;
    now.object_phrases = object_phrases;
    const std::vector<std::string_view> pv(preps.begin(), preps.end());
    now.preps = pv;
    return reporting || verbs_.code_for(now).rfind("01", 0) == 0;
  }();
  for (const bool place : {false, true}) {
    if (target_head < 0 || std::any_of(targets.begin(), targets.end(),
                                       [](const Participant& t) { return !t.code.empty(); }))
      break;
    for (const auto& [c, prep] : obliques) {
      if (c == target_head) continue;
      if (!place && !in(prep, {"at", "against", "on", "upon", "into", "toward", "towards"}))
        continue;
      if (place && (prep != "in" || statement)) continue;
      auto alt = participants(c, true);
      if (std::none_of(alt.begin(), alt.end(),
                       [](const Participant& t) { return !t.code.empty(); }))
        continue;
      targets = alt;
      put_first(prep);
      for (int w : g_.subtree(target_head, {"punct", "acl:relcl", "appos"})) rel_words.push_back(w);
      rel_words.push_back(g_.child(c, "case"));
      used.push_back(c);
      target_head = c;
      break;
    }
  }
  if (patient_is_target && !obliques.empty()) {
    // "were attributed to Beijing": the preposition joins the predicate.
    for (const auto& [c, prep] : obliques) {
      if (is_time_word(g_.lemma(c))) continue;
      rel_words.push_back(g_.child(c, "case"));
      put_first(prep);
      add_object_phrases(c);
      break;
    }
  }
  // "attributed the attacks to Beijing", "blamed the blast on Iran": the one
  // the act is pinned on is the target; the deed joins the action.
  {
    const char* prep = lemma == "blame"                                       ? "on"
                       : in(lemma, {"attribute", "ascribe", "trace", "link"}) ? "to"
                                                                              : nullptr;
    if (prep)
      for (const auto& [c, pp] : obliques) {
        if (pp != prep) continue;
        auto alt = participants(c, true);
        if (std::none_of(alt.begin(), alt.end(),
                         [](const Participant& t) { return !t.code.empty(); }))
          break;
        if (passive && patient_is_target) {
          for (int s : subj)
            for (int w : g_.subtree(s, {"punct"})) rel_words.push_back(w);
        } else if (obj >= 0) {
          for (int w : g_.subtree(obj, {"punct"})) rel_words.push_back(w);
        }
        targets = alt;
        put_first(pp);
        rel_words.push_back(g_.child(c, "case"));
        used.push_back(c);
        break;
      }
  }
  // Converse verbs: "X received weapons from Y" is Y's act toward X.
  if (!passive && in(lemma, {"receive", "get", "obtain", "accept"})) {
    std::vector<std::pair<int, std::string>> froms = obliques;
    if (obj >= 0)
      for (int c : g_.children(obj)) {
        const int cs = g_.child(c, "case");
        if (g_.base(c) == "nmod" && cs >= 0 && prep_of(cs) == "from") froms.emplace_back(c, "from");
      }
    for (const auto& [c, prep] : froms) {
      if (prep != "from") continue;
      auto givers = participants(c, true);
      if (givers.empty()) break;
      std::vector<Participant> receivers = actors;
      actors = givers;
      targets = receivers;
      put_first("from");
      rel_words.push_back(g_.child(c, "case"));
      used.push_back(c);
      break;
    }
  }
  // xcomp: "refused to meet", "agreed to hold talks": its verb informs the code.
  const int xcomp = g_.child(p, "xcomp");
  if (xcomp >= 0) {
    object_phrases.push_back(g_.lemma(xcomp));
    const int m = g_.child(xcomp, "mark");
    if (m >= 0) preps.push_back(g_.lemma(m));
    const int xo = g_.child(xcomp, "obj");
    if (xo >= 0) add_object_phrases(xo);
  }
  if (!preps.empty() && targets.empty()) preps.insert(preps.begin(), "");
  std::vector<std::string_view> prep_views(preps.begin(), preps.end());
  shape.preps = prep_views;
  shape.object_phrases = object_phrases;

  // Content clauses of reporting verbs.
  PredicateEvents& pe = preds_[p];
  pe.predicate = p;
  if (reporting) {
    for (int c : g_.children(p)) {
      if (g_.base(c) == "ccomp" || (g_.base(c) == "parataxis" && c < p)) pe.content.push_back(c);
      // "said, as reported by Reuters, that ...": the that-clause may hang off "reported".
      if (skip_as_event_.count(c))
        for (int cc : g_.children(c))
          if (g_.base(cc) == "ccomp") pe.content.push_back(cc);
    }
    // "'...,' Huang said": said hangs off the quote as parataxis.
    const int h = g_.head(p);
    if (h >= 0 && g_.base(p) == "parataxis" && !subj.empty()) pe.content.push_back(h);
    // "accused X of launching": the gerund is what X is accused of.
    for (int c : g_.children(p)) {
      const int m = g_.child(c, "mark");
      const int cs = g_.child(c, "case");
      if ((g_.base(c) == "advcl" || g_.base(c) == "acl" || g_.base(c) == "obl" ||
           g_.base(c) == "xcomp") &&
          g_.tok(c).xpos == "VBG" &&
          ((m >= 0 && in(g_.lemma(m), {"of", "for"})) ||
           (cs >= 0 && in(g_.lemma(cs), {"of", "for"})) || g_.base(c) == "xcomp"))
        pe.content.push_back(c);
    }
    pe.reporting = !pe.content.empty();
    pe.report_carrier = lemma == "report";
  }
  if (pe.reporting && targets.empty()) {
    // The thing said is the target when nobody is addressed ("X said that ...").
    int addressee = g_.child(p, "iobj");
    if (addressee < 0)
      for (int c : g_.children(p)) {
        const int cs = g_.child(c, "case");
        if (g_.base(c) == "obl" && cs >= 0 && g_.lemma(cs) == "to") addressee = c;
      }
    if (addressee >= 0) {
      targets = participants(addressee, true);
      used.push_back(addressee);
    } else {
      const int c = pe.content.front();
      if (c > p || g_.base(c) == "ccomp") {
        targets.push_back(clause_participant(c));
      }
    }
  }
  // Open extraction: a clause complement is what a non-reporting verb takes when it
  // has nothing else ("Regulations meant that the lap would be deleted").
  if (!pe.reporting && targets.empty() && !patient_is_target) {
    int comp = -1;
    for (int c : g_.children(p))
      if (c > p && (g_.base(c) == "ccomp" || g_.base(c) == "xcomp")) {
        comp = c;
        break;
      }
    // A verb heads a clause; a noun or name there ("called President Obama", "was named
    // chairman") is a participant of its own, coded like any other.
    const Upos u = comp >= 0 ? g_.tok(comp).upos : Upos::X;
    if (u == Upos::VERB || u == Upos::AUX)
      targets.push_back(clause_participant(comp));
    else if (comp >= 0) {
      auto named = participants(comp, false);
      targets.insert(targets.end(), named.begin(), named.end());
    }
  }
  for (int c : pe.content) used.push_back(c);
  if (xcomp >= 0) used.push_back(xcomp);

  Action action = action_for(p, rel_words, shape);
  // An agentless passive keeps its subject as the actor for open relations
  // ("bonds were changed"), but a coded event must not run backwards: "two
  // men sought in the slaying" has no known seeker, so the men are the target.
  if (passive && !patient_is_target && !action.code.empty() &&
      std::any_of(actors.begin(), actors.end(),
                  [](const Participant& a) { return !a.code.empty(); })) {
    for (auto& a : actors) targets.insert(targets.begin(), a);
    targets.resize(actors.size());
    actors.clear();
  }
  if (actors.empty() && !(passive && !targets.empty()))
    return;  // a clause needs its subject (or agent)
  double confidence = inherited ? 0.65 : 0.85;
  if (g_.size() > 40) confidence *= 0.9;
  const auto mods = modifiers(p, used);
  make_events(p, actors, targets, action, mods, confidence, is_symmetric(lemma) && !passive);
}

void SentenceExtractor::copular_events(int p) {
  const int cop = g_.child(p, "cop");
  bool inherited = false, patient = false;
  const Words subj = subjects_of(p, inherited, patient);
  if (subj.empty() || patient) return;
  std::vector<Participant> actors;
  for (int s : subj) {
    auto a = participants(s, false);
    actors.insert(actors.end(), a.begin(), a.end());
  }
  // The predicate phrase without subject, copula, clauses and sentence punctuation.
  Words words = g_.subtree(p, {"nsubj", "csubj", "cop", "aux", "punct", "advcl", "parataxis",
                               "ccomp", "conj", "cc", "mark", "discourse", "obl:tmod"});
  std::erase_if(words, [&](int w) {
    return g_.head(w) == p && g_.base(w) == "advmod" && in(g_.lemma(w), {"not", "n't", "never"});
  });
  Participant target;
  target.text = g_.text(words);
  target.head = std::string(g_.form(p));
  target.span = g_.span(words);
  if (is_nominal(g_.tok(p).upos)) {
    const PhraseInfo info = coder_.describe(g_, p, date_);
    target.code = info.participant.code;
    target.type = info.participant.type;
    target.entity = info.participant.entity;
  }
  // "is", "was not", "will be": the copula with the predicate's auxiliaries and negation.
  Words verb_words{cop};
  for (int c : g_.children(p))
    if (g_.base(c) == "aux" || (g_.base(c) == "advmod" && in(g_.lemma(c), {"not", "n't", "never"})))
      verb_words.push_back(c);
  std::sort(verb_words.begin(), verb_words.end());
  Action a;
  for (int x : verb_words) a.text += (a.text.empty() ? "" : " ") + std::string(g_.form(x));
  a.lemma = "be";
  a.span = g_.tok(cop).bytes;
  make_events(p, actors, {target}, a, modifiers(p, {}), inherited ? 0.55 : 0.7, false);
}

void SentenceExtractor::nominal_events(int n) {
  if (skip_as_event_.count(n)) return;
  const std::string lemma = g_.lemma(n);
  std::string code = verbs_.nominal_code(lemma);
  // "air strike", "cyber attack": the compound may name the event.
  for (int c : g_.children(n))
    if (g_.base(c) == "compound") {
      const std::string two = verbs_.nominal_code(g_.lemma(c) + " " + lemma);
      if (!two.empty()) code = two;
    }
  if (code.empty()) return;
  // "a great deal of", "a good deal": quantities, not agreements.
  for (int c : g_.children(n))
    if (g_.base(c) == "amod" && in(g_.lemma(c), {"great", "good"})) return;
  std::vector<Participant> actors, targets;
  bool by_agent = false;  // "meetings held by A, B and C": they hold it, not meet each other
  for (int c : g_.children(n)) {
    const std::string_view r = g_.rel(c);
    const std::string_view b = g_.base(c);
    const int cs = g_.child(c, "case");
    const std::string prep = cs >= 0 ? g_.lemma(cs) : "";
    // "Monday's meeting": a time, not a party.
    if (r == "nmod:poss" && is_time_word(g_.lemma(c))) continue;
    if (r == "nmod:poss" || (b == "nmod" && prep == "by")) {
      by_agent = by_agent || prep == "by";
      auto a = participants(c, true);
      actors.insert(actors.end(), a.begin(), a.end());
    } else if ((b == "compound" || b == "amod") && (g_.tok(c).upos == Upos::PROPN || b == "amod")) {
      // "International Monetary Fund meeting" parsed as three compounds: one name, one
      // party (the word next to the noun speaks for it), not three meeting each other.
      if (b == "compound" && c + 1 < n && g_.base(c + 1) == "compound" && g_.head(c + 1) == n &&
          g_.tok(c + 1).upos == Upos::PROPN)
        continue;
      const std::string country = coder_.country_of_word(g_, c);
      if (!country.empty() || (b == "compound" && g_.tok(c).upos == Upos::PROPN)) {
        Participant a = participant(c, false);
        if (a.code.empty()) a.code = country;
        actors.push_back(a);
      }
    } else if (b == "nmod" &&
               in(prep, {"on", "against", "with", "of", "at", "between", "to", "in"})) {
      if (prep == "in" && g_.tok(c).upos != Upos::PROPN) continue;
      if (prep == "between") {
        auto all = participants(c, true);
        if (all.size() >= 2) {
          actors.push_back(all[0]);
          targets.insert(targets.end(), all.begin() + 1, all.end());
          continue;
        }
      }
      if (prep == "in") continue;
      auto t = participants(c, true);
      targets.insert(targets.end(), t.begin(), t.end());
    }
  }
  if (actors.empty() && targets.empty()) return;
  Action a;
  a.text = std::string(g_.form(n));
  a.lemma = lemma;
  a.span = g_.tok(n).bytes;
  a.code = code;
  if (const EventCodeInfo* info = verbs_.info(code)) {
    a.label = info->label;
    a.goldstein = info->goldstein;
    a.quad_class = info->quad_class;
  }
  const size_t before = st_.events.size();
  make_events(n, actors, targets, a, {}, 0.6,
              !by_agent && (is_symmetric(lemma) || lemma == "meeting" || lemma == "talks"));
  for (size_t i = before; i < st_.events.size(); ++i) {
    Event& e = st_.events[i];
    e.polarity = Polarity::Affirmative;
    e.modality = Modality::Asserted;
    for (int c : g_.children(n))
      if (g_.base(c) == "amod" && in(g_.lemma(c), {"alleged", "suspected", "possible", "reported",
                                                   "apparent", "purported"}))
        e.modality = Modality::Hedged;
      else if (g_.base(c) == "amod" &&
               in(g_.lemma(c), {"planned", "proposed", "upcoming", "future", "scheduled"}))
        e.modality = Modality::Planned;
  }
}

void SentenceExtractor::apposition_events(int n) {
  for (int c : g_.children(n)) {
    // "X (GATT)" names X again; it describes nothing.
    if (g_.base(c) != "appos" || g_.tok(c).upos != Upos::NOUN || is_acronym_appos(g_, c)) continue;
    // "..., the state-run China Daily reported": a description glued to the name
    // after it is that name's, not an apposition of the noun before.
    const Words sub = g_.subtree(c, {});
    const int after = *std::max_element(sub.begin(), sub.end()) + 1;
    if (after < g_.size() && g_.tok(after).upos == Upos::PROPN) continue;
    const Participant a = participant(n, true);
    const PhraseInfo role = coder_.describe(g_, c, date_);
    Participant t = role.participant;
    Action act;
    act.text = "is";
    act.lemma = "be";
    act.span = g_.tok(c).bytes;
    // "Huang, the director of CNCERT": the affiliation is the relation, the organization
    // its target ("be director of"), so the graph links the person to it.
    for (int m : g_.children(c)) {
      const int cs = g_.child(m, "case");
      if (g_.base(m) != "nmod" || cs < 0 || g_.lemma(cs) != "of" || g_.tok(m).upos != Upos::PROPN)
        continue;
      Participant org = participant(m, true);
      if (org.code.empty() && org.entity.empty()) break;
      t = org;
      act.text = "is " + std::string(g_.form(c)) + " of";
      act.lemma = "be " + g_.lemma(c) + " of";
      break;
    }
    make_events(c, {a}, {t}, act, {}, 0.5, false);
  }
}

// ------------------------------------------------------ claims and carriers

void SentenceExtractor::link_claims() {
  // Which reporting predicate, if any, each predicate's events belong to: climb
  // from the predicate through clauses to the nearest reporting verb whose
  // content contains it.
  std::map<int, int> content_owner;  // clause head -> reporting predicate
  for (const auto& [p, pe] : preds_)
    if (pe.reporting)
      for (int c : pe.content) content_owner[c] = p;
  for (auto& [p, pe] : preds_) {
    int owner = -1;
    for (int x = p, steps = 0; x >= 0 && steps < 10; ++steps) {
      // A clause hanging off "as reported by X" belongs to the verb that phrase modifies.
      if (g_.head(x) >= 0 && skip_as_event_.count(g_.head(x)) && g_.lemma(g_.head(x)) == "report") {
        const int outer = g_.head(g_.head(x));
        if (outer >= 0 && preds_.count(outer) && preds_[outer].reporting) {
          owner = outer;
          break;
        }
      }
      const auto it = content_owner.find(x);
      if (it != content_owner.end() && it->second != p) {
        owner = it->second;
        break;
      }
      const std::string_view b = g_.base(x);
      if (!(b == "conj" || b == "xcomp" || b == "ccomp" || b == "advcl" || b == "acl" ||
            b == "obj" || b == "obl" || b == "nmod" || b == "nsubj" || b == "parataxis" ||
            b == "csubj"))
        break;
      x = g_.head(x);
    }
    if (owner < 0) continue;
    const PredicateEvents& rep = preds_[owner];
    if (rep.event_indices.empty()) continue;
    const Event& r = st_.events[static_cast<size_t>(rep.event_indices.front())];
    for (int idx : pe.event_indices) {
      Event& e = st_.events[static_cast<size_t>(idx)];
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

void SentenceExtractor::attach_carriers() {
  // "according to X" anywhere in the sentence; "as reported by X" / "as X reported".
  for (int i = 0; i < g_.size(); ++i) {
    const int cs = g_.child(i, "case");
    if (cs >= 0 && lowercase(g_.form(cs)) == "according" && is_nominal(g_.tok(i).upos)) {
      carriers_.push_back(participant(i, true));
      continue;
    }
    if (g_.lemma(i) == "report" && g_.head(i) >= 0) {
      const int m = g_.child(i, "mark");
      if (m < 0 || g_.lemma(m) != "as") continue;
      int src = g_.child(i, "obl:agent", false);
      if (src < 0)
        for (int c : g_.children(i)) {
          const int k = g_.child(c, "case");
          if (g_.base(c) == "obl" && k >= 0 && g_.lemma(k) == "by") src = c;
        }
      if (src < 0) src = g_.child(i, "nsubj");
      if (src >= 0) carriers_.push_back(participant(src, true));
      skip_as_event_.insert(i);
    }
  }
}

void SentenceExtractor::run() {
  attach_carriers();
  // Predicates in word order.
  for (int i = 0; i < g_.size(); ++i) {
    if (skip_as_event_.count(i)) continue;
    const ParsedToken& t = g_.tok(i);
    const std::string_view b = g_.base(i);
    if (g_.child(i, "cop") >= 0) {
      copular_events(i);
    } else if (t.upos == Upos::VERB && b != "amod" && b != "compound" && b != "aux" &&
               b != "case") {
      verb_events(i);
    } else if (t.upos == Upos::NOUN) {
      nominal_events(i);
    }
    if (is_nominal(t.upos) && t.upos != Upos::PRON) apposition_events(i);
  }
  // Long names with an acronym in parentheses, wherever they stand: "the ...
  // Center of China (CNCERT)" makes CNCERT an alias of the center.
  for (int i = 0; i < g_.size(); ++i)
    for (int c : g_.children(i))
      if (is_acronym_appos(g_, c)) {
        participant(i, false);
        break;
      }
  link_claims();
  if (!carriers_.empty())
    for (auto& [p, pe] : preds_)
      for (int idx : pe.event_indices) {
        Event& e = st_.events[static_cast<size_t>(idx)];
        if (!e.carrier) e.carrier = carriers_.front();
      }
}

}  // namespace

EventExtractor::EventExtractor(const ActorDictionary& actors, const VerbDictionary& verbs)
    : actors_(actors), verbs_(verbs), coder_(actors) {}

ExtractionResult EventExtractor::extract(const Document& doc,
                                         std::span<const ParsedSentence> sentences,
                                         std::string_view date) const {
  DocState st;
  bool quote_open = false;
  std::vector<size_t> open_quote_events;  // events of sentences inside an unattributed quotation
  for (const ParsedSentence& s : sentences) {
    const SentenceGraph g(doc, s);
    const size_t before = st.events.size();
    SentenceExtractor(coder_, verbs_, g, st, s.index, date).run();
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
      if (!quote_open && starts_quote && !speaker_here) {
        quote_open = true;
        for (size_t i = before; i < st.events.size(); ++i) open_quote_events.push_back(i);
        continue;
      }
      if (quote_open) {
        // The quotation closes here: its speaker is this sentence's reporting actor.
        std::optional<Participant> speaker;
        int claim = -1;
        for (size_t i = before; i < st.events.size(); ++i)
          if (st.events[i].speaker) {
            speaker = st.events[i].speaker;
            claim = st.events[i].claim_of.value_or(-1);
            break;
          }
        for (size_t i : open_quote_events)
          if (speaker && !st.events[i].speaker) {
            st.events[i].speaker = speaker;
            if (claim > 0) st.events[i].claim_of = claim;
          }
        open_quote_events.clear();
        quote_open = false;
        continue;
      }
    }
    if (quote_open)
      for (size_t i = before; i < st.events.size(); ++i) open_quote_events.push_back(i);
  }
  return {std::move(st.mentions), std::move(st.events)};
}

}  // namespace kg::events
