#include "extract/events/actor_coder.hpp"

#include <algorithm>
#include <array>

#include "extract/text/word_features.hpp"

namespace kg::events {
using text::lowercase;

using nlp::ParsedToken;
using nlp::Upos;
namespace {

bool in(std::string_view x, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), x) != set.end();
}

// Words of the phrase that say what the phrase refers to: compounds, names,
// adjectives, possessors, and "of"/"in"/"from" phrases of the head.
void core_words(const SentenceGraph& g, int i, bool top, std::vector<int>& out) {
  out.push_back(i);
  // "his news conference in Downing Street": where a gathering is held says nothing of
  // who it is.
  const bool gathering =
      top && in(lowercase(g.lemma(i)), {"conference", "meeting", "summit", "session", "debate",
                                        "hearing", "rally", "convention", "ceremony", "briefing"});
  for (int c : g.children(i)) {
    const std::string_view r = g.rel(c);
    const std::string_view b = g.base(c);
    // "nmod:desc" is a title before a name ("Austrian Chancellor Karl Nehammer").
    if (b == "compound" || b == "flat" || b == "amod" || r == "nmod:poss" || r == "nmod:desc" ||
        b == "nummod" || b == "det" || (b == "case" && g.tok(c).xpos == "POS")) {
      core_words(g, c, false, out);
    } else if (top && (r == "nmod" || r == "nmod:unmarked")) {
      const int cs = g.child(c, "case");
      if (cs >= 0 && in(g.lemma(cs), {"of", "in", "from"}) && c > i &&
          !(gathering && g.lemma(cs) == "in")) {
        // "Bank of England", "Republic of Korea": names that contain their "of".
        if (g.lemma(cs) == "of") out.push_back(cs);
        core_words(g, c, false, out);
      }
    }
  }
}

// "the Syrian-backed Amal militia", "the Al Qaeda-linked Somali group": a hyphened
// participle of backing names another actor, who is not the one the phrase refers to.
// The words of such modifiers of `head`: the participle, its hyphen and the name or
// adjective before it (with that word's own dependents).
std::vector<int> relation_modifier_words(const SentenceGraph& g, int head) {
  std::vector<int> out;
  for (int c : g.children(head)) {
    if (g.base(c) != "amod" || g.tok(c).xpos != "VBN" || c < 2 || g.form(c - 1) != "-" ||
        !in(g.lemma(c), {"back", "link", "sponsor", "fund", "finance", "support", "ally",
                         "affiliate", "align", "inspire", "arm", "train", "supply"}))
      continue;
    int m = c - 2;  // the word before the hyphen, up to its highest head below `head`
    while (g.head(m) >= 0 && g.head(m) != head && g.head(m) != c) m = g.head(m);
    for (int w : g.subtree(c)) out.push_back(w);
    if (g.head(m) == head)
      for (int w : g.subtree(m)) out.push_back(w);
  }
  return out;
}

// Readable names of CAMEO agent codes, for naming unnamed coded actors.
std::string_view agent_name(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"GOV", "government"},  {"MIL", "military"},     {"COP", "police"},     {"JUD", "judiciary"},
      {"LEG", "legislature"}, {"MED", "media"},        {"OPP", "opposition"}, {"REB", "rebels"},
      {"CVL", "civilians"},   {"BUS", "business"},     {"PTY", "party"},      {"EDU", "education"},
      {"HLH", "health"},      {"SPY", "intelligence"}, {"LAB", "labor"},      {"REL", "religious"},
      {"ELI", "elites"},      {"CRM", "criminals"}};
  for (const auto& [c, n] : kNames)
    if (c == code) return n;
  return code;
}

constexpr std::array<std::string_view, 75> kOrgCues = {
    "consortium", "alliance", "federation", "foundation", "coalition", "league", "bureau", "office",
    "board", "fund", "trust", "holdings", "airlines", "airways", "ltd", "co", "ministry", "agency",
    "center", "centre", "council", "committee", "party", "company", "bank", "university", "group",
    "corporation", "corp", "inc", "association", "organization", "organisation", "institute",
    "army", "force", "forces", "news", "times", "daily", "post", "department", "commission",
    "court", "union", "front", "movement", "brigade", "network", "service", "authority", "team",
    // business names no dictionary knows ("Coast Savings", "Sterling Grace Capital")
    "savings", "securities", "capital", "partners", "investments", "industries", "enterprises",
    "systems", "resources", "financial", "bancorp", "bankshares", "brothers", "associates",
    "technologies", "pharmaceuticals", "communications", "petroleum", "chemicals", "electronics",
    "mining", "insurance", "exchange"};

bool has_org_cue(const SentenceGraph& g, const std::vector<int>& words) {
  return std::any_of(words.begin(), words.end(), [&](int w) {
    return std::find(kOrgCues.begin(), kOrgCues.end(), lowercase(g.form(w))) != kOrgCues.end();
  });
}

// "thousands of civil servants", "a group of soldiers", "two of the hostages": a head
// that counts or gathers its "of" phrase, which says who is meant (the phrase's
// words stay as written). A "party" counts only people ("a party of plainclothes
// police"); "the party of Mandela" is the party. -1 when the head is no such word.
int counted_members(const SentenceGraph& g, int head) {
  const ParsedToken& h = g.tok(head);
  const std::string l = g.lemma(head);
  const bool counts =
      h.upos == Upos::NUM ||
      in(l, {"thousand", "thousands", "hundred",    "hundreds", "dozen",  "dozens",  "score",
             "scores",   "million",   "millions",   "ten",      "tens",   "number",  "group",
             "band",     "crowd",     "contingent", "handful",  "couple", "batch",   "delegation",
             "majority", "rest",      "some",       "many",     "most",   "several", "few",
             "all",      "none",      "each",       "one",      "party"});
  // "Tata Group", "the Party of Regions": a name, tagged as one.
  if (!counts || h.upos == Upos::PROPN) return -1;
  for (int c : g.children(head)) {
    const int cs = g.child(c, "case");
    if (g.base(c) != "nmod" || cs < 0 || g.lemma(cs) != "of" || c < head) continue;
    const ParsedToken& m = g.tok(c);
    if (m.upos != Upos::NOUN && m.upos != Upos::PROPN && m.upos != Upos::PRON) return -1;
    if (l == "party" && m.xpos != "NNS" && m.xpos != "NNPS" && g.lemma(c) != "police") return -1;
    return c;
  }
  return -1;
}

bool is_currency(std::string_view l) {
  return in(
      l, {"franc",    "francs",    "dollar",     "dollars",  "dlr",       "dlrs",     "yen",
          "mark",     "marks",     "pound",      "pounds",   "lira",      "lire",     "peso",
          "pesos",    "rupee",     "rupees",     "rand",     "krona",     "kronor",   "krone",
          "kroner",   "guilder",   "guilders",   "euro",     "euros",     "real",     "reais",
          "rouble",   "roubles",   "ruble",      "rubles",   "yuan",      "renminbi", "won",
          "baht",     "ringgit",   "rupiah",     "shilling", "shillings", "dinar",    "dinars",
          "riyal",    "riyals",    "escudo",     "escudos",  "peseta",    "pesetas",  "drachma",
          "drachmas", "schilling", "schillings", "naira",    "cedi",      "taka",     "currency"});
}

bool is_day_word(std::string_view l) {
  return in(l, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "today", "yesterday", "tomorrow", "tonight"});
}

}  // namespace

bool is_company_suffix(std::string_view form) {
  std::string l = lowercase(form);
  if (l.ends_with('.')) l.pop_back();
  return in(l, {"inc", "corp", "corporation", "co", "ltd", "plc", "ag", "sa", "nv", "gmbh", "llc",
                "bv", "spa", "ab", "kk", "holdings", "airlines", "airways", "bancorp"});
}

std::string ActorCoder::country_of_word(const SentenceGraph& g, int word) const {
  const std::string_view f = g.form(word);
  const auto m = dict_.find_names(std::span<const std::string_view>(&f, 1), "");
  for (const auto& x : m)
    if (x.kind != NameMatch::Kind::Person && x.kind != NameMatch::Kind::Organization) return x.code;
  return {};
}

bool ActorCoder::is_agent_word(std::string_view lemma) const {
  const std::string l = lowercase(lemma);
  return dict_.agent_ending(std::span<const std::string>(&l, 1)).has_value();
}

bool is_acronym_appos(const SentenceGraph& g, int c) {
  const std::string_view f = g.form(c);
  return g.base(c) == "appos" && c > 0 && g.form(c - 1) == "(" && f.size() >= 2 &&
         std::none_of(f.begin(), f.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

bool is_charge_on_name(const SentenceGraph& g, int c) {
  const std::string_view b = g.base(c);
  if (b == "acl") {
    int m = g.child(c, "mark");
    if (m < 0) m = g.child(c, "case");
    return m >= 0 && in(g.lemma(m), {"of", "for", "over"});
  }
  if (b != "nmod") return false;
  const int cs = g.child(c, "case");
  const ParsedToken& t = g.tok(c);
  const std::string_view f = t.form;
  return cs >= 0 && in(g.lemma(cs), {"of", "for", "over"}) &&
         (t.upos == Upos::NOUN || t.upos == Upos::VERB) && !f.empty() && f.front() >= 'a' &&
         f.front() <= 'z';
}

PhraseInfo ActorCoder::describe(const SentenceGraph& g, int head, std::string_view date,
                                bool drop_case,
                                const std::vector<std::string_view>& exclude) const {
  PhraseInfo info;
  std::vector<std::string_view> ex = {"appos", "conj",      "cc",      "parataxis",
                                      "dep",   "discourse", "vocative"};
  ex.insert(ex.end(), exclude.begin(), exclude.end());
  info.words = g.subtree(head, ex);
  if (drop_case)
    for (int c : g.children(head))
      if (g.base(c) == "case" || g.base(c) == "mark") {
        const auto sub = g.subtree(c);
        std::erase_if(info.words,
                      [&](int w) { return std::find(sub.begin(), sub.end(), w) != sub.end(); });
      }
  // "Kenyan lawmakers Tuesday approved ...": news puts the day between subject and
  // verb, and the parser hangs it on the subject; it is a time, not part of who acts.
  for (int c : g.children(head))
    if (c > head && is_day_word(g.lemma(c)) && g.children(c).empty()) std::erase(info.words, c);
  // "accused the United States of launching attacks": a clause hung on a name by
  // "of"/"for" says what the name is accused of, not who it is.
  if (g.tok(head).upos == Upos::PROPN)
    for (int c : g.children(head))
      if (is_charge_on_name(g, c)) {
        const auto sub = g.subtree(c);
        std::erase_if(info.words,
                      [&](int w) { return std::find(sub.begin(), sub.end(), w) != sub.end(); });
      }
  if (info.words.empty()) info.words = {head};
  if (const int members = counted_members(g, head); members >= 0) {
    PhraseInfo inner = describe(g, members, date, true, exclude);
    inner.participant.text = g.text(info.words);
    inner.participant.span = g.span(info.words);
    inner.words = std::move(info.words);
    return inner;
  }
  const ParsedToken& h = g.tok(head);
  Participant& p = info.participant;
  p.text = g.text(info.words);
  p.head = h.form;
  p.span = g.span(info.words);
  info.plural = h.xpos == "NNS" || h.xpos == "NNPS";

  // Proper-name part around the head. Taggers often call the head of "the Zorblax Consortium" a
  // common noun; a capitalized head with a proper-noun compound is still part of the name.
  const std::string_view head_form = g.form(head);
  const bool capitalized_head =
      !head_form.empty() && head_form.front() >= 'A' && head_form.front() <= 'Z';
  const bool proper_head = h.upos == Upos::PROPN ||
                           (capitalized_head && std::ranges::any_of(g.children(head), [&](int c) {
                              return g.base(c) == "compound" && g.tok(c).upos == Upos::PROPN;
                            }));
  if (proper_head) {
    // Long names nest their compounds ("National Computer Network ... Center"), so the name
    // follows flat/compound proper nouns down the tree, not only the head's own children.
    std::vector<int> name{head};
    for (size_t k = 0; k < name.size(); ++k)
      for (int c : g.children(name[k]))
        if ((g.base(c) == "flat" || g.base(c) == "compound" ||
             (g.base(c) == "amod" && g.tok(c).xpos.starts_with("NNP"))) &&
            (g.tok(c).upos == Upos::PROPN || g.tok(c).xpos.starts_with("NNP")))
          name.push_back(c);  // "Allegheny International Inc": the tagger's NNP is a name
    std::sort(name.begin(), name.end());
    // Keep the contiguous run containing the head.
    std::vector<int> run;
    for (int w : name)
      if (run.empty() || w == run.back() + 1)
        run.push_back(w);
      else if (std::find(run.begin(), run.end(), head) == run.end())
        run = {w};
    if (std::find(run.begin(), run.end(), head) != run.end())
      info.name_words = run;
    else
      info.name_words = {head};
    // "Robert Kilroy-Silk": the tokenizer splits at the hyphen as EWT does; a
    // capitalized word joined by a hyphen on either side is still the name.
    auto capitalized = [&](int w) {
      const std::string_view f = g.form(w);
      return w >= 0 && w < g.size() && !f.empty() && f.front() >= 'A' && f.front() <= 'Z';
    };
    for (int w = info.name_words.back();
         w + 2 < g.size() && g.form(w + 1) == "-" && capitalized(w + 2); w += 2)
      info.name_words.insert(info.name_words.end(), {w + 1, w + 2});
    for (int w = info.name_words.front(); w - 2 >= 0 && g.form(w - 1) == "-" && capitalized(w - 2);
         w -= 2)
      info.name_words.insert(info.name_words.begin(), {w - 2, w - 1});
    for (int w : info.name_words)
      if (std::find(info.words.begin(), info.words.end(), w) == info.words.end())
        info.words.push_back(w);
    std::sort(info.words.begin(), info.words.end());
    info.name = g.text(info.name_words);
  }
  // "The Eastern Maritime Safety Bureau (EMSB)": a name that defines an acronym is
  // every capitalized word of the phrase up to its head, whatever tags they got.
  const bool defines_acronym =
      std::ranges::any_of(g.children(head), [&](int c) { return is_acronym_appos(g, c); });
  if (defines_acronym && capitalized_head) {
    std::vector<int> run{head};
    for (int w = head - 1; w >= 0; --w) {
      const std::string_view f = g.form(w);
      const bool inside = std::find(info.words.begin(), info.words.end(), w) != info.words.end();
      if (!inside || f.empty() || f.front() < 'A' || f.front() > 'Z' || g.tok(w).upos == Upos::DET)
        break;
      run.insert(run.begin(), w);
    }
    if (run.size() > info.name_words.size()) {
      info.name_words = run;
      info.name = g.text(run);
    }
  }

  if (h.upos == Upos::PRON) {
    const std::string l = g.lemma(head);
    p.type = in(l, {"he", "she", "him", "her", "his", "hers", "himself", "herself"})
                 ? EntityType::Person
             : in(l, {"they", "them", "their", "we", "us", "our"}) ? EntityType::Group
                                                                   : EntityType::Other;
    return info;
  }

  std::vector<int> core;
  core_words(g, head, true, core);
  const std::vector<int> backers = relation_modifier_words(g, head);
  std::erase_if(core, [&](int w) { return std::ranges::find(backers, w) != backers.end(); });
  std::sort(core.begin(), core.end());
  core.erase(std::unique(core.begin(), core.end()), core.end());
  std::vector<std::string_view> forms;
  for (int w : core) forms.push_back(g.form(w));
  const auto matches = dict_.find_names(forms, date);
  const auto head_pos =
      static_cast<size_t>(std::find(core.begin(), core.end(), head) - core.begin());
  const NameMatch* head_match = nullptr;
  const NameMatch* country = nullptr;
  const NameMatch* modifier_org = nullptr;  // "U.N. inspectors", "Pentagon officials"
  for (const auto& m : matches) {
    if (m.begin <= head_pos && head_pos < m.end)
      head_match = &m;
    else if (!modifier_org && m.kind == NameMatch::Kind::Organization &&
             m.type != EntityType::Gpe && !m.code.empty())
      modifier_org = &m;  // "U.N. inspectors", "the leader of the Muslim Brotherhood"
    else if (!country && m.kind != NameMatch::Kind::Person &&
             m.kind != NameMatch::Kind::Organization)
      country = &m;
    else if (m.kind == NameMatch::Kind::Organization && m.code.empty())
      continue;  // a place name that is not an actor
    else if (!country && m.kind == NameMatch::Kind::Organization && m.type == EntityType::Gpe)
      country = &m;
  }
  // "President Obama" parsed with the title as head and the name as its flat child: the
  // person named inside the name words is the one meant.
  if (!head_match && info.name_words.size() > 1)
    for (const auto& m : matches)
      if (m.kind == NameMatch::Kind::Person &&
          std::all_of(core.begin() + static_cast<std::ptrdiff_t>(m.begin),
                      core.begin() + static_cast<std::ptrdiff_t>(m.end), [&](int w) {
                        return std::find(info.name_words.begin(), info.name_words.end(), w) !=
                               info.name_words.end();
                      }))
        head_match = &m;
  // Agent from the words up to the head ("defence ministry"), else from a title
  // or compound ("President X", "government networks").
  std::vector<std::string> lemmas;
  for (size_t k = 0; k <= head_pos && k < core.size(); ++k) lemmas.push_back(g.lemma(core[k]));
  std::optional<AgentMatch> agent = dict_.agent_ending(lemmas);
  bool agent_from_modifier = false;
  if (!agent && head_pos > 0) {
    for (size_t end = head_pos; end-- > 0 && !agent;) {
      const int w = core[end];
      if (g.base(w) != "compound" && g.rel(w) != "nmod:desc") continue;
      agent = dict_.agent_ending(std::span<const std::string>(lemmas.data(), end + 1));
      agent_from_modifier = agent.has_value();
    }
  }
  // "General Motors", "General Electric": a company whose name ends in a business word
  // is a business, whatever agent word starts it. (No words that are also surnames:
  // "John Atta Mills", "David Steel".)
  static constexpr std::string_view kBusinessWords[] = {
      "motors",      "electric",   "industries",      "petroleum",  "chemical", "chemicals",
      "foods",       "airlines",   "pharmaceuticals", "dynamics",   "textiles", "technologies",
      "electronics", "insurance",  "communications",  "telecom",    "savings",  "securities",
      "bancorp",     "bankshares", "investments",     "enterprises"};
  const int last_name_word = info.name_words.empty() ? head : info.name_words.back();
  const bool business_name = proper_head && core.size() >= 2 &&
                             std::ranges::find(kBusinessWords, lowercase(g.form(last_name_word))) !=
                                 std::end(kBusinessWords);
  if (business_name && !head_match) {
    agent.reset();
    agent_from_modifier = false;
  }

  if (head_match && head_match->kind == NameMatch::Kind::Organization && head_match->code.empty()) {
    info.named = false;
    // A place that is not an actor ("the South China Sea").
    p.type = EntityType::Other;
    return info;
  }
  if (head_match && (head_match->kind == NameMatch::Kind::Person ||
                     head_match->kind == NameMatch::Kind::Organization)) {
    p.code = head_match->code;
    p.type = head_match->type;
    p.entity = head_match->canonical;
    info.named = true;
    // "Georgian President Eduard Shevardnadze": the title the text gives says what the
    // person is now, over a dictionary role of another country (his Soviet one).
    if (head_match->kind == NameMatch::Kind::Person && country && agent &&
        country->code.size() == 3 && !p.code.starts_with(country->code))
      p.code = country->code + agent->code;
    // "Finance Minister Kiichi Miyazawa" in 1987, where the dictionary's dated roles
    // give only his party role (JPNELI): the title the text gives is his role now,
    // unless it says it was ("former President Carter").
    const bool former = std::ranges::any_of(core, [&](int w) {
      return in(lowercase(g.form(w)), {"former", "ex", "ex-", "late", "then"});
    });
    // Only over a role of no office (ELI), and only for a title of office: "Tory leader
    // Michael Howard" keeps his party role.
    const bool office_title = std::ranges::any_of(core, [&](int w) {
      // ("Secretary General Perez de Cuellar" holds an international office.)
      return in(lowercase(g.lemma(w)), {"minister", "president", "premier", "chancellor",
                                        "governor", "ambassador", "senator", "judge"});
    });
    if (head_match->kind == NameMatch::Kind::Person && agent && !former && office_title &&
        p.code.size() == 6 && p.code.ends_with("ELI") && !p.code.starts_with("---") &&
        in(agent->code, {"GOV", "MIL", "LEG", "JUD"}))
      p.code = p.code.substr(0, 3) + agent->code;
  } else if (head_match) {
    // The head is a country, capital or demonym.
    p.code = head_match->code;
    p.entity = head_match->canonical;
    info.named = true;
    p.type =
        head_match->kind == NameMatch::Kind::CountryAdjective ? EntityType::Group : EntityType::Gpe;
  } else if (modifier_org &&
             (!agent || agent_from_modifier || agent->code == "GOV" ||
              // "UNITA rebels", "Hamas militants", "Toyota executives": of the sector
              // the organization is in.
              modifier_org->code.find(agent->code) != std::string::npos ||
              // "BJP workers", "Congress activists", "Hamas supporters": members of
              // the organization named before them are coded as it.
              in(g.lemma(head), {"worker", "activist", "supporter", "cadre", "member", "volunteer",
                                 "follower", "loyalist", "leader", "official"}))) {
    p.code = modifier_org->code;
    p.type = agent ? agent->type : EntityType::Group;
    // "EU ministers", "new EU rules", "UN peacekeepers": an international body's, merged as
    // the body itself. A national one's ("a White House official") is labelled by its code
    // below, like the country's other unnamed officials.
    if (p.code.size() >= 3 && dict_.country_name(std::string_view(p.code).substr(0, 3)).empty())
      p.entity = modifier_org->canonical;
  } else if (agent) {
    const std::string country_code = country ? country->code.substr(0, 3) : std::string("---");
    // A country code with agents already ("IGOUNO") is kept whole.
    p.code = country && country->code.size() > 3 ? country->code : country_code + agent->code;
    if (country) p.label = country->canonical + " " + std::string(agent_name(agent->code));
    p.type = agent_from_modifier ? (h.upos == Upos::PROPN ? EntityType::Person : EntityType::Other)
                                 : agent->type;
    if (country && !info.name.empty()) {
      // "the Japanese Foreign Ministry": a generic name is the country's, so it does not
      // merge with every other foreign ministry.
      const bool names_country =
          country->begin < core.size() &&
          std::ranges::find(info.name_words, core[country->begin]) != info.name_words.end();
      p.entity = names_country || p.type == EntityType::Person
                     ? info.name
                     : country->canonical + " " + info.name;
    }
  } else if (country &&
             !(is_currency(g.lemma(head)) && country->kind == NameMatch::Kind::CountryAdjective)) {
    // "Japanese exports", "Israeli shelling": the country's. "82 billion Malagasy
    // francs" is money, nobody's act ("gave the Ivory Coast 5 million dollars", read
    // as one phrase, still names the country).
    p.code = country->code;
    p.type = EntityType::Other;
  }

  // "General Motors Corp", "Federal Express Corp", "Union Bank plc": a legal form at the end
  // of the name makes a company whatever agent word the name contains ("general" is MIL,
  // "federal" GOV, "union" LAB); a country found in the phrase stays.
  const bool dictionary_name = head_match && (head_match->kind == NameMatch::Kind::Person ||
                                              head_match->kind == NameMatch::Kind::Organization);
  // ("National Association of Securities Dealers Inc": the legal form ends the "of" name.)
  const bool legal_form =
      is_company_suffix(g.form(head)) ||
      (info.name_words.size() >= 2 && is_company_suffix(g.form(info.name_words.back()))) ||
      (proper_head && core.size() >= 3 && g.tok(core.back()).upos == Upos::PROPN &&
       is_company_suffix(g.form(core.back())) && has_org_cue(g, info.name_words) &&
       std::ranges::any_of(core, [&](int w) { return g.lemma(w) == "of"; }));
  if (proper_head && !dictionary_name && core.size() >= 2 && legal_form) {
    p.code = (country ? country->code.substr(0, 3) : std::string("---")) + "BUS";
    p.type = EntityType::Org;
    if (!info.name.empty()) p.entity = info.name;
    p.label.clear();
  }
  if (p.code.empty() || p.type == EntityType::Other) {
    if (proper_head) {
      const std::vector<int>& name = info.name_words.empty() ? core : info.name_words;
      const bool org = has_org_cue(g, name);
      if (org) p.type = EntityType::Org;
      // "Armtek Corp", "Bayer AG", "Marks and Spencer plc": a legal form names a
      // company, a business actor whose country the article may tell.
      if (p.code.empty() && (is_company_suffix(g.form(name.back())) || business_name)) {
        p.code = "---BUS";
        p.type = EntityType::Org;
      } else if (p.type == EntityType::Other && info.name_words.size() >= 2 && !info.named)
        p.type = EntityType::Person;  // "Huang Chengqing": two or more capitalized name words
    }
  }
  // "U.S. allies", "Iraq's neighbours", "Japan's trading partners": the country named
  // is whom they stand beside, not who they are ("its EC partners", "NATO allies" are
  // members of the body named).
  if (!head_match && !info.named && p.code.size() >= 3 &&
      !dict_.country_name(std::string_view(p.code).substr(0, 3)).empty() &&
      in(lowercase(g.lemma(head)),
         {"ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor",
          "neighbors", "rival", "rivals", "enemy", "enemies", "adversary", "adversaries", "foe",
          "foes"})) {
    p.code.clear();
    p.country_inferred = false;
  }
  if (p.entity.empty() && !info.name.empty()) p.entity = info.name;
  // Unnamed coded actors ("a White House official", "three U.S. diplomats") are shown
  // by what their code means, so all of them read alike in the graph.
  if (p.entity.empty() && p.label.empty()) p.label = label_for_code(p.code);
  // ("Coast Savings": a coded name the tagger headed with a common noun is a name still.)
  info.entity_head = info.named || h.upos == Upos::PROPN ||
                     (proper_head && !info.name.empty() && !p.code.empty()) ||
                     (agent && !agent_from_modifier) ||
                     (modifier_org != nullptr && !p.code.empty() && agent);
  return info;
}

std::string ActorCoder::label_for_code(std::string_view code) const {
  if (code.size() < 3) return {};
  const std::string_view place = dict_.country_name(code.substr(0, 3));
  if (place.empty()) return {};
  return code.size() == 3 ? std::string(place)
                          : std::string(place) + " " + std::string(agent_name(code.substr(3, 3)));
}

}  // namespace kg::events
