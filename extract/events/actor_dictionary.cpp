#include "extract/events/actor_dictionary.hpp"

#include <algorithm>
#include <fstream>

#include "extract/text/errors.hpp"
#include "extract/text/split_fields.hpp"
#include "extract/text/tokenizer.hpp"
#include "extract/text/word_features.hpp"

namespace kg::events {
using text::lowercase;
using text::split_fields;

using text::Token;
using text::Tokenizer;
namespace {

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// Rows of a TSV file without comments and blank lines, with line numbers.
std::vector<std::pair<int, std::vector<std::string>>> read_rows(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string() + ": cannot open actor dictionary");
  std::vector<std::pair<int, std::vector<std::string>>> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line[0] == '#') continue;
    rows.emplace_back(n, split_fields(line, '\t'));
  }
  return rows;
}

bool is_acronym(std::string_view s) {
  size_t letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

std::vector<std::string> words_of(std::string_view name) {
  // Tokenized as if mid-sentence: at the end of a text "U.S." would lose its final period.
  static const Tokenizer tokenizer;
  const std::string padded = std::string(name) + " x";
  std::vector<Token> tokens;
  tokenizer.tokenize(padded, 0, padded.size(), tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens)
    if (t.bytes.end <= name.size()) out.emplace_back(padded.substr(t.bytes.begin, t.bytes.size()));
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// "GORDON BROWN" -> "Gordon Brown", for the canonical name of a PETRARCH entry.
std::string title_case(std::string_view s) {
  std::string out = lowercase(s);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-' || c == '.' || c == '\'';
  }
  return out;
}

// Which kind of actor a PETRARCH record names: a country (a 3-letter code), a
// person (dated roles), else an organization or group.
NameMatch::Kind petrarch_kind(const ActorRecord& r) {
  if (std::any_of(r.codes.begin(), r.codes.end(),
                  [](const DatedCode& c) { return is_country_code(c.code); }))
    return NameMatch::Kind::CountryName;
  if (std::any_of(r.codes.begin(), r.codes.end(),
                  [](const DatedCode& c) { return !c.from.empty() || !c.to.empty(); }))
    return NameMatch::Kind::Person;
  return NameMatch::Kind::Organization;
}

// PETRARCH writes companies as MNC plus a home country ("MNCUSA", "MNCUSAMED"); kg, as
// CAMEO coders and GDELT's country column do, puts the country first: a company is
// USABUS, a media company USAMED, and a company with no home country ("MNC") is ---BUS,
// which the article's country can then fill like any other country-less agent.
std::string company_code(std::string_view code) {
  if (!code.starts_with("MNC")) return std::string(code);
  code.remove_prefix(3);
  std::string country = "---";
  if (code.size() >= 3 && is_country_code(code.substr(0, 3))) {
    country = code.substr(0, 3);
    code.remove_prefix(3);
    // A region code after the country ("MNCCHNHKG") stays part of the place.
    if (code.size() >= 3 && is_country_code(code.substr(0, 3))) {
      country += code.substr(0, 3);
      code.remove_prefix(3);
    }
  }
  return country + (code.empty() ? std::string("BUS") : std::string(code));
}

// The name without a final legal form ("American Express Company" -> "American
// Express"), or "" when it has none or fewer than two words would remain.
std::string without_legal_form(std::string_view name) {
  std::vector<std::string> words = text::split_fields(trim(name), ' ');
  if (words.size() < 3) return {};
  static constexpr std::string_view kForms[] = {
      "company", "corporation", "inc",  "inc.", "corp",    "corp.",       "co",
      "co.",     "ltd",         "ltd.", "plc",  "limited", "incorporated"};
  if (std::ranges::find(kForms, lowercase(words.back())) == std::end(kForms)) return {};
  words.pop_back();
  return joined(words);
}

// Two country codes PETRARCH writes apart from its own usage elsewhere: the Soviet
// Union is SUN in its country entry but USR in the Soviet republics' dated roles
// ("[USRARM <900823]"), and Angola is AGO but ANG in UNITA's entry.
std::string usual_country(std::string code) {
  if (code.starts_with("USR")) code.replace(0, 3, "SUN");
  if (code.starts_with("ANG")) code.replace(0, 3, "AGO");
  return code;
}

EntityType organization_type(std::string_view code) {
  for (std::string_view armed : {"REB", "INS", "UAF", "SEP", "OPP", "RAD"})
    if (code.find(armed) != std::string_view::npos) return EntityType::Group;
  return EntityType::Org;
}

// PETRARCH's agent terms have no entity type; the word tells a person from a body.
EntityType agent_type(std::string_view term) {
  const auto last = term.substr(term.rfind(' ') + 1);
  if (last.ends_with("s") && !last.ends_with("ss")) return EntityType::Group;
  for (std::string_view end :
       {"man", "woman", "person", "er", "or", "ist", "ian", "ee", "ant", "ent"})
    if (last.ends_with(end) && !last.ends_with("ment")) return EntityType::Person;
  return EntityType::Org;
}

}  // namespace

void ActorDictionary::add_name(Entry e, std::string_view name) {
  const std::string n = trim(name);
  if (n.empty()) return;
  e.exact_case = is_acronym(n);
  // Letters, digits and blanks split on blanks as the tokenizer would, and
  // 90,000 PETRARCH names load faster for it.
  const bool plain = std::all_of(n.begin(), n.end(), [](char c) {
    return c == ' ' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
  e.words = plain ? text::split_fields(n, ' ') : words_of(n);
  if (e.words.empty()) return;
  if (!e.exact_case)
    for (auto& w : e.words) w = lowercase(w);
  if (!e.petrarch) own_names_.insert(lowercase(joined(e.words)));
  by_first_[lowercase(e.words[0])].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(e));
}

void ActorDictionary::read_countries(const std::filesystem::path& path) {
  for (const auto& [line, cols] : read_rows(path)) {
    if (cols.size() < 2)
      throw InputError(path.string() + ":" + std::to_string(line) + ": expected code and names");
    const std::string code = trim(cols[0]);
    const auto names = split_fields(cols[1], '|');
    const std::string canonical = trim(names[0]);
    country_names_.emplace(code, canonical);
    // `row`, not the binding `cols`: clang 14 (the fuzzing build) cannot capture bindings.
    auto add_all = [&, &row = cols](size_t col, NameMatch::Kind kind) {
      if (row.size() <= col) return;
      for (const auto& n : split_fields(row[col], '|'))
        add_name({kind, code, EntityType::Gpe, canonical, {}, {}, false, {}}, n);
    };
    add_all(1, NameMatch::Kind::CountryName);
    add_all(2, NameMatch::Kind::CountryAdjective);
    add_all(3, NameMatch::Kind::CountryPlace);
  }
}

void ActorDictionary::read_agents(const std::filesystem::path& path) {
  for (const auto& [line, cols] : read_rows(path)) {
    if (cols.size() < 3)
      throw InputError(path.string() + ":" + std::to_string(line) +
                       ": expected code, type and terms");
    const auto type = parse_entity_type(trim(cols[1]));
    if (!type)
      throw InputError(path.string() + ":" + std::to_string(line) + ": unknown type '" + cols[1] +
                       "'");
    for (const auto& term : split_fields(cols[2], '|')) {
      const std::string t = lowercase(trim(term));
      if (t.empty()) continue;
      agents_.emplace(t, Agent{trim(cols[0]), *type});  // first listing wins
      longest_agent_ = std::max(longest_agent_, words_of(t).size());
    }
  }
}

void ActorDictionary::read_named(const std::filesystem::path& path, bool user) {
  for (const auto& [line, cols] : read_rows(path)) {
    const std::string where = path.string() + ":" + std::to_string(line);
    if (cols.size() == 3) {  // code, type, names
      const auto type = parse_entity_type(trim(cols[1]));
      if (!type)
        throw InputError(where + ": unknown entity type '" + cols[1] +
                         "' (PERSON, ORG, GPE, GROUP, OTHER)");
      const auto names = split_fields(cols[2], '|');
      const std::string code =
          trim(cols[0]) == "-" ? std::string() : trim(cols[0]);  // "-": not an actor
      for (const auto& n : names)
        add_name(
            {NameMatch::Kind::Organization, code, *type, trim(names[0]), {}, {}, false, {}, user},
            n);
    } else if (cols.size() == 4) {  // code, from, to, names
      const auto names = split_fields(cols[3], '|');
      for (const auto& n : names)
        add_name({NameMatch::Kind::Person,
                  trim(cols[0]),
                  EntityType::Person,
                  trim(names[0]),
                  trim(cols[1]),
                  trim(cols[2]),
                  false,
                  {},
                  user},
                 n);
    } else {
      throw InputError(where +
                       ": expected 3 columns (code, type, names) or 4 (code, from, to, names)" +
                       (user ? "" : " in the shipped dictionary"));
    }
  }
}

ActorDictionary ActorDictionary::load(const std::filesystem::path& dir) {
  ActorDictionary d;
  d.read_countries(dir / "countries.tsv");
  d.read_agents(dir / "agents.tsv");
  d.read_named(dir / "organizations.tsv", false);
  d.read_named(dir / "people.tsv", false);
  return d;
}

std::string_view ActorDictionary::country_name(std::string_view code) const {
  const auto it = country_names_.find(std::string(code));
  return it == country_names_.end() ? std::string_view() : std::string_view(it->second);
}

void ActorDictionary::add_file(const std::filesystem::path& path) {
  std::vector<DictIssue> ignored;  // skipped lines: `kg dict check FILE` lists them
  switch (detect_format(path)) {
    case DictFormat::PetrarchActors:
      add_petrarch_actors(read_petrarch_actors(path, ignored), {}, true);
      return;
    case DictFormat::PetrarchAgents:
      add_petrarch_agents(read_petrarch_agents(path, ignored), {}, true);
      return;
    case DictFormat::KgActors:
    case DictFormat::Unknown:
      read_named(path, true);
      return;
    default:
      throw InputError(path.string() + ": a " + std::string(to_string(detect_format(path))) +
                       " file is not an actor dictionary (give it to --verbs, or check it with "
                       "'kg dict check')");
  }
}

void ActorDictionary::add_petrarch_actors(std::span<const ActorRecord> records,
                                          const std::unordered_set<std::string>& skip, bool user) {
  // "WHITE HOUSE OFFICIAL", "UN ENVOY": an unnamed official of a body, which the
  // actor coder composes from the body and kg's agent noun, not a name of its own.
  auto is_role_phrase = [&](const std::string& key) {
    const auto space = key.rfind(' ');
    if (space == std::string::npos) return false;
    const auto it = agents_.find(key.substr(space + 1));
    return it != agents_.end() && it->second.type != EntityType::Org;
  };
  for (const ActorRecord& r : records) {
    const NameMatch::Kind kind = petrarch_kind(r);
    const std::string canonical = title_case(r.names[0]);
    auto add = [&](Entry e, std::string_view written, bool primary) {
      // "THE EUROPEAN UNION": the article is the phrase's, not the name's; kept, it
      // would be retagged as part of the name and hide kg's "European Union".
      std::string key = lowercase(written);
      if (key.starts_with("the ") && key.size() > 4) key.erase(0, 4);
      if (kind != NameMatch::Kind::Person && is_role_phrase(key)) return;
      // kg's own name wins; a person's PETRARCH roles still fill the dates kg's roles leave open.
      if (skip.contains(key) ||
          (!user && e.kind != NameMatch::Kind::Person && own_names_.contains(key)))
        return;
      if (kind == NameMatch::Kind::CountryName && !primary) e.kind = NameMatch::Kind::CountryPlace;
      e.petrarch = true;
      e.user = user;
      add_name(std::move(e), key);
    };
    for (size_t i = 0; i < r.names.size(); ++i) {
      if (kind == NameMatch::Kind::CountryName) {
        // The country's code now: the undated one, else the latest dated one.
        const DatedCode* best = nullptr;
        for (const auto& c : r.codes)
          if (is_country_code(c.code) &&
              (!best || (!best->from.empty() && (c.from.empty() || c.from > best->from))))
            best = &c;
        add({kind, best->code, EntityType::Gpe, canonical, {}, {}, false, {}}, r.names[i], i == 0);
        continue;
      }
      const bool only_null = std::all_of(r.codes.begin(), r.codes.end(),
                                         [](const DatedCode& c) { return c.code == "---"; });
      if (only_null) {  // named, but not an actor
        add({NameMatch::Kind::Organization, {}, EntityType::Other, canonical, {}, {}, false, {}},
            r.names[i], i == 0);
        continue;
      }
      for (const DatedCode& c : r.codes) {
        if (c.code == "---") continue;  // a null role: uncoded then, as with no role
        Entry e{kind,
                usual_country(kind == NameMatch::Kind::Person ? c.code : company_code(c.code)),
                kind == NameMatch::Kind::Person ? EntityType::Person : organization_type(c.code),
                canonical,
                c.from,
                c.to,
                false,
                {}};
        e.strict_dates = kind == NameMatch::Kind::Person;
        // "AMERICAN EXPRESS COMPANY" is "American Express" in news: a company's name is
        // also known without its legal form, when two words or more remain.
        const std::string stripped =
            c.code.starts_with("MNC") ? without_legal_form(r.names[i]) : "";
        if (!stripped.empty()) add(e, stripped, false);
        add(std::move(e), r.names[i], i == 0);
      }
    }
  }
}

void ActorDictionary::add_petrarch_agents(std::span<const AgentRecord> records,
                                          const std::unordered_set<std::string>& skip, bool user) {
  for (const AgentRecord& a : records) {
    // "NGO~" codes go before the country code, which the coder does not compose.
    if (a.before_country || skip.contains(a.term)) continue;
    const Agent agent{a.code, agent_type(a.term)};
    // kg's own term wins over the shipped PETRARCH one; a user's wins over both.
    const bool added = user ? (agents_.insert_or_assign(a.term, agent), true)
                            : agents_.emplace(a.term, agent).second;
    if (added) longest_agent_ = std::max(longest_agent_, words_of(a.term).size());
  }
}

bool ActorDictionary::is_caseless(std::span<const std::string_view> words) {
  size_t with_letters = 0;
  bool upper = false, lower = false;
  for (std::string_view w : words) {
    bool letters = false;
    for (char c : w) {
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      letters |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    with_letters += letters;
  }
  return with_letters >= 3 && !(upper && lower);
}

bool ActorDictionary::in_role(const Entry& e, std::string_view date) const {
  return e.kind != NameMatch::Kind::Person || date.empty() ||
         ((e.from.empty() || e.from <= date) && (e.to.empty() || date <= e.to));
}

std::vector<NameMatch> ActorDictionary::find_names(std::span<const std::string_view> words,
                                                   std::string_view date, bool any_case) const {
  std::vector<NameMatch> out;
  size_t i = 0;
  while (i < words.size()) {
    const auto it = by_first_.find(lowercase(words[i]));
    size_t best_len = 0;
    const Entry* best = nullptr;
    if (it != by_first_.end()) {
      for (uint32_t idx : it->second) {
        const Entry& e = entries_[idx];
        const size_t len = e.words.size();
        if (i + len > words.size() || len < best_len) continue;
        bool ok = true;
        for (size_t k = 0; k < len && ok; ++k)
          ok = e.exact_case && !any_case ? words[i + k] == e.words[k]
                                         : lowercase(words[i + k]) == lowercase(e.words[k]);
        if (!ok) continue;
        // A name written in lowercase is a common word ("us", "chad") unless it is an adjective.
        if (!any_case && !e.exact_case && e.kind != NameMatch::Kind::CountryAdjective &&
            !words[i].empty() && words[i][0] >= 'a' && words[i][0] <= 'z')
          continue;
        const bool in_role = this->in_role(e, date);
        if (len > best_len || (len == best_len && e.user && !best->user)) {
          best_len = len;
          best = &e;
        } else if (best && best->kind == NameMatch::Kind::Person &&
                   e.kind == NameMatch::Kind::Person) {
          // Same name, several roles: the one held on the date (kg's own before
          // PETRARCH's), else the latest of kg's, else PETRARCH's (which then codes nothing).
          const bool best_in_role = this->in_role(*best, date);
          if ((in_role && !best_in_role) ||
              (in_role == best_in_role &&
               (best->petrarch != e.petrarch ? !e.petrarch : e.from > best->from)))
            best = &e;
        }
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    // PETRARCH's rule for its people: outside every role, known but uncoded.
    const bool coded = !best->strict_dates || in_role(*best, date);
    out.push_back({best->kind, i, i + best_len, coded ? best->code : std::string(), best->type,
                   best->canonical, best->exact_case});
    i += best_len;
  }
  return out;
}

std::optional<AgentMatch> ActorDictionary::agent_ending(std::span<const std::string> lemmas) const {
  for (size_t len = std::min(longest_agent_, lemmas.size()); len >= 1; --len) {
    std::string term;
    for (size_t k = lemmas.size() - len; k < lemmas.size(); ++k) {
      if (!term.empty()) term += ' ';
      term += lemmas[k];
    }
    const auto it = agents_.find(term);
    if (it != agents_.end()) return AgentMatch{it->second.code, it->second.type, len};
  }
  return std::nullopt;
}

}  // namespace kg::events
