// Participants and mention registration: a noun phrase becomes a Participant
// (coded by the actor coder, "German Chancellor Angela Merkel" as the person named),
// coordinated phrases several ("Chinese and American officials" -> CHN..., USA...),
// and every entity mention is registered with its antecedent (full name, surname,
// acronym) for resolution later in the article.
#include <algorithm>

#include "extract/events/sentence_rules.hpp"
#include "extract/events/word_classes.hpp"
#include "extract/text/split_fields.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events::detail {
namespace {

// "Mr Howard" -> "Howard"; the name itself when it has no title.
std::string_view without_honorific(std::string_view name) {
  for (std::string_view t : {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Lord",
                             "Lady", "Dame", "Baroness", "Baron", "Prof", "Prof.", "Professor"})
    if (name.size() > t.size() + 1 && name.starts_with(t) && name[t.size()] == ' ')
      return name.substr(t.size() + 1);
  return name;
}

// "a spokesman for Toyota", "a lawyer for Coastal Corp", "an official of the World
// Bank", "the chairman of the Conservative Party": one who speaks, acts for or heads
// an organization or person is coded as it.
void code_of_represented(SentenceContext& cx, int head, Participant& p) {
  if (!in(cx.g.lemma(head),
          {"spokesman", "spokeswoman",    "spokesperson",     "official", "lawyer",  "attorney",
           "executive", "representative", "source",           "adviser",  "advisor", "negotiator",
           "aide",      "chairman",       "chairwoman",       "chair",    "head",    "director",
           "chief",     "leader",         "secretary-general"}))
    return;
  for (int c : cx.g.children(head)) {
    const int cs = cx.g.child(c, "case");
    if (cx.g.base(c) != "nmod" || cs < 0 || !in(cx.g.lemma(cs), {"for", "of", "at", "from"}))
      continue;
    const Participant org = participant(cx, c, true);
    if (org.code.size() > 3 || (org.code.size() == 3 && p.code.empty())) {
      p.code = org.code;
      p.country_inferred = org.country_inferred;
    } else if (org.code.size() == 3 && p.code.starts_with("---")) {
      p.code = org.code + p.code.substr(3);
    }
    if (!org.code.empty()) p.label = cx.coder.label_for_code(p.code);
    break;
  }
}

}  // namespace

using nlp::ParsedToken;
using nlp::Upos;

void register_mention(SentenceContext& cx, const PhraseInfo& info, int head, Participant& p) {
  // "Chinese networks" mentions no actor of its own; a phrase that defines an acronym does.
  const bool defines_acronym =
      std::ranges::any_of(cx.g.children(head), [&](int c) { return is_acronym_appos(cx.g, c); });
  if (!info.entity_head && !defines_acronym) return;
  if (cx.g.tok(head).upos == Upos::PRON) return;
  // "Tuesday", "March": a time is never an entity, whatever the tagger called it.
  if ((info.name_words.size() <= 1 && is_time_word(cx.g.lemma(head)) &&
       cx.g.lemma(head) != "may") ||
      (info.name_words.size() <= 1 && p.code.empty() && cx.g.tok(head).upos == Upos::NUM))
    return;
  EntityMention m;
  m.sentence = cx.index;
  m.span = info.name_words.empty() ? p.span : cx.g.span(info.name_words);
  m.text = info.name.empty() ? p.text : info.name;
  m.canonical = p.entity;
  m.label = p.label;
  m.type = p.type;
  m.code = p.code;
  // A phrase two rules read (a verb's object that is also the subject of a clause, a
  // complement read again for its target) is one mention, registered once.
  for (size_t k = cx.doc.refs.size(); k-- > 0;) {
    const MentionRef& r = cx.doc.refs[k];
    if (r.sentence != cx.index) break;
    const EntityMention& e = cx.doc.mentions[static_cast<size_t>(r.index)];
    if (e.span.begin != m.span.begin || e.span.end != m.span.end) continue;
    p.mention = r.index;
    p.entity = e.canonical;
    p.label = e.label;
    if (!e.code.empty()) p.code = e.code;
    if (e.type != EntityType::Other) p.type = e.type;
    return;
  }
  // Appositions give roles and acronyms: "Huang, the director of X", "X (CNCERT)".
  for (int c : cx.g.children(head)) {
    if (cx.g.base(c) != "appos") continue;
    const ParsedToken& t = cx.g.tok(c);
    if (is_acronym_appos(cx.g, c)) {
      m.acronym = t.form;
      if (m.type == EntityType::Other) m.type = EntityType::Org;
    } else if (t.upos == Upos::NOUN) {
      const PhraseInfo role = cx.coder.describe(cx.g, c, cx.date);
      Participant role_p = role.participant;
      code_of_represented(cx, c, role_p);  // "Michael Jack, chairman of the committee"
      m.roles.push_back(role_p.text);
      if (m.type == EntityType::Other) m.type = EntityType::Person;
      p.type = m.type;
      // "Salaheddine Sidhoum, Algeria's leading human rights activist": a name no
      // dictionary knows takes the code of the role it is given.
      if (m.code.empty() && !role_p.code.empty()) m.code = p.code = role_p.code;
    }
  }
  // Earlier mention of the same entity: full name, surname, acronym. "Mr Howard",
  // "Lord Woolf": a title before a single name is a surname, and the person.
  const std::string_view bare = without_honorific(m.text);
  const bool titled = bare.size() < m.text.size();
  if (titled && m.type == EntityType::Other) m.type = p.type = EntityType::Person;
  // One name, hyphenated or not ("Howard", "Kilroy-Silk").
  const bool single_name = !bare.empty() && bare.find(' ') == std::string_view::npos &&
                           (titled || !info.name_words.empty());
  for (size_t k = cx.doc.mentions.size(); k-- > 0;) {
    const EntityMention& e = cx.doc.mentions[k];
    const bool same_name = (!m.canonical.empty() && e.canonical == m.canonical) || e.text == m.text;
    // A family name alone: last ("Obama") or, for names written family name
    // first, first ("Huang" for "Huang Chengqing").
    const std::string_view full = without_honorific(e.text);
    const bool longer = full.size() > bare.size() + 1;
    const bool last = longer && full.substr(full.size() - bare.size()) == bare &&
                      full[full.size() - bare.size() - 1] == ' ';
    const bool first = longer && full.substr(0, bare.size()) == bare && full[bare.size()] == ' ';
    const bool surname = m.type != EntityType::Gpe && single_name &&
                         (e.type == EntityType::Person || e.type == EntityType::Other) &&
                         (last || first);
    const bool acronym = !e.acronym.empty() && e.acronym == m.text;
    // "Pennzoil" after "Pennzoil Co", "American Motors" after "American Motors Corp":
    // a company named first with its legal form, then without it.
    bool company = false;
    if (e.code.ends_with("BUS") && !bare.empty() && full.size() > bare.size() + 1 &&
        full.substr(0, bare.size()) == bare && full[bare.size()] == ' ') {
      company = true;
      // "CPC" after "CPC International Inc", "Coastal" after "Coastal Corp".
      for (const auto& w : text::split_fields(full.substr(bare.size() + 1), ' '))
        company = company && (is_company_suffix(w) ||
                              in(text::lowercase(w), {"international", "industries", "group",
                                                      "enterprises", "company", "corporation"}));
    }
    if (same_name || surname || acronym || company) {
      m.antecedent = e.antecedent >= 0 ? e.antecedent : static_cast<int>(k);
      const EntityMention& root = cx.doc.mentions[static_cast<size_t>(m.antecedent)];
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
  p.mention = static_cast<int>(cx.doc.mentions.size());
  cx.doc.refs.push_back({p.mention, cx.index, head, is_subject(cx, head)});
  cx.doc.mentions.push_back(std::move(m));
}

Participant participant(SentenceContext& cx, int head, bool drop_case,
                        std::vector<Participant>* expansion) {
  const PhraseInfo info = cx.coder.describe(cx.g, head, cx.date, drop_case);
  Participant p = info.participant;
  // "German Chancellor Angela Merkel" parsed as the title with the name in apposition
  // right after it: the person named is the participant, in the title's words.
  const int name = head + 1;
  if (p.type == EntityType::Person && info.name_words.size() <= 1 && name < cx.g.size() &&
      cx.g.head(name) == head && cx.g.base(name) == "appos" && cx.g.tok(name).upos == Upos::PROPN) {
    const PhraseInfo person = cx.coder.describe(cx.g, name, cx.date);
    if (person.participant.type == EntityType::Person || person.named) {
      Participant named = person.participant;
      if (named.code.empty()) named.code = p.code;
      named.text = p.text;
      named.span = p.span;
      const size_t refs_before = cx.doc.refs.size();
      register_mention(cx, person, name, named);
      if (named.mention >= 0 && cx.doc.refs.size() > refs_before) {
        cx.doc.refs.back().token = head;  // it stands where the title does, subject or not
        cx.doc.refs.back().subject = is_subject(cx, head);
      }
      return named;
    }
  }
  if (cx.g.tok(head).upos == Upos::PRON || p.code.empty()) resolve(cx, head, p, expansion);
  // "her spokesman", "its army": the owner's country is the sector's country.
  if (p.code.size() > 3 && p.code.starts_with("---"))
    for (int c : cx.g.children(head)) {
      if (cx.g.rel(c) != "nmod:poss" || cx.g.tok(c).upos != Upos::PRON) continue;
      Participant owner;
      owner.text = std::string(cx.g.form(c));
      if (resolve(cx, c, owner, nullptr) && owner.code.size() >= 3 &&
          !owner.code.starts_with("---")) {
        p.code = owner.code.substr(0, 3) + p.code.substr(3);
        p.label = cx.coder.label_for_code(p.code);
      }
    }
  code_of_represented(cx, head, p);
  // "NEC Corp said ... an NEC spokesman said", "a company spokeswoman": a spokesman or
  // official named by a business or an organization of the article speaks for it, not
  // for a government.
  if (p.code.ends_with("GOV") &&
      in(cx.g.lemma(head), {"spokesman", "spokeswoman", "spokesperson", "official", "executive",
                            "source", "representative"})) {
    // "a company spokeswoman", "bank officials": a business's, in the country found.
    // "central bank officials", "a central bank official" are the state's.
    const bool central = std::ranges::any_of(cx.g.subtree(head), [&](int a) {
      return a < head && in(cx.g.lemma(a), {"central", "reserve", "national", "state", "federal"});
    });
    for (int c : cx.g.children(head)) {
      if (c < head && cx.g.base(c) == "compound" && !central &&
          in(cx.g.lemma(c), {"company", "firm", "bank", "airline", "corporation", "industry",
                             "brokerage", "insurer", "carrier", "exchange"})) {
        p.code = p.code.substr(0, p.code.size() - 3) + "BUS";
        p.label = cx.coder.label_for_code(p.code);
        break;
      }
      if (c > head || cx.g.base(c) != "compound" || cx.g.tok(c).upos != Upos::PROPN ||
          !cx.coder.country_of_word(cx.g, c).empty())  // "U.S. officials" are the state's
        continue;
      const std::string org(cx.g.form(c));
      for (const EntityMention& m : cx.doc.mentions) {
        if (m.type != EntityType::Org || m.code.size() < 6 ||
            m.code.find("GOV") != std::string::npos ||
            !(m.canonical == org || m.canonical.starts_with(org + " ")))
          continue;
        p.code = m.code;
        p.country_inferred = m.country_inferred;
        p.label = cx.coder.label_for_code(p.code);
        break;
      }
      break;
    }
  }
  register_mention(cx, info, head, p);
  return p;
}

Participant clause_participant(const SentenceContext& cx, int c) {
  Words body;
  for (int x : cx.g.subtree(c, {"punct"}))
    if (!(cx.g.head(x) == c && cx.g.base(x) == "mark" && cx.g.lemma(x) == "that"))
      body.push_back(x);
  Participant clause;
  clause.text = cx.g.text(body);
  clause.head = std::string(cx.g.form(c));
  clause.span = cx.g.span(body);
  clause.type = EntityType::Clause;
  return clause;
}

Participant participant_without(SentenceContext& cx, int head, int clause) {
  // The noun may itself be an oblique ("upon a German armada preparing to invade"):
  // its preposition is not part of who acts.
  PhraseInfo info = cx.coder.describe(cx.g, head, cx.date, true);
  const Words drop = cx.g.subtree(clause);
  std::erase_if(info.words,
                [&](int w) { return std::find(drop.begin(), drop.end(), w) != drop.end(); });
  info.participant.text = cx.g.text(info.words);
  info.participant.span = cx.g.span(info.words);
  Participant p = info.participant;
  if (p.code.empty()) resolve(cx, head, p, nullptr);
  register_mention(cx, info, head, p);
  return p;
}

std::vector<Participant> participants(SentenceContext& cx, int head, bool drop_case) {
  std::vector<Participant> out;
  for (int c : cx.g.with_conjuncts(head)) {
    std::vector<Participant> extra;
    out.push_back(participant(cx, c, drop_case && c == head ? true : drop_case, &extra));
    out.insert(out.end(), extra.begin(), extra.end());
    // "Chinese and American officials": one participant per coordinated nationality.
    const Participant& p = out[out.size() - 1 - extra.size()];
    if (!p.entity.empty() || p.code.size() < 3) continue;
    std::vector<std::string> countries;
    // Joined by a conjunction, wherever the parser hung it ("Chinese and American").
    const int head_cc = cx.g.child(c, "cc");
    bool joined = head_cc >= 0 && head_cc < c;
    for (int a : cx.g.children(c)) {
      if (cx.g.base(a) != "amod") continue;
      for (int x : cx.g.with_conjuncts(a)) {
        joined = joined || cx.g.child(x, "cc") >= 0;
        const std::string code = cx.coder.country_of_word(cx.g, x);
        if (code.size() == 3 && std::ranges::find(countries, code) == countries.end())
          countries.push_back(code);
      }
    }
    if (countries.size() < 2 || !joined || p.code.substr(0, 3) != countries.front()) continue;
    const Participant first = p;
    for (size_t k = 1; k < countries.size(); ++k) {
      Participant q = first;
      q.code = countries[k] + first.code.substr(3);
      q.label = cx.coder.label_for_code(q.code);
      q.mention = -1;
      out.push_back(std::move(q));
    }
  }
  return out;
}

std::vector<Participant> coded_participants(SentenceContext& cx, int head, bool drop_case) {
  std::vector<Participant> all = participants(cx, head, drop_case);
  std::erase_if(all, [](const Participant& p) { return p.code.empty(); });
  return all;
}

}  // namespace kg::events::detail
