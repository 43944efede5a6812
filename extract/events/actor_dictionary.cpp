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

}  // namespace

void ActorDictionary::add_name(Entry e, std::string_view name) {
  const std::string n = trim(name);
  if (n.empty()) return;
  e.exact_case = is_acronym(n);
  e.words = words_of(n);
  if (e.words.empty()) return;
  if (!e.exact_case)
    for (auto& w : e.words) w = lowercase(w);
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
  read_named(path, true);
}

std::vector<NameMatch> ActorDictionary::find_names(std::span<const std::string_view> words,
                                                   std::string_view date) const {
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
          ok = e.exact_case ? words[i + k] == e.words[k] : lowercase(words[i + k]) == e.words[k];
        if (!ok) continue;
        // A name written in lowercase is a common word ("us", "chad") unless it is an adjective.
        if (!e.exact_case && e.kind != NameMatch::Kind::CountryAdjective && !words[i].empty() &&
            words[i][0] >= 'a' && words[i][0] <= 'z')
          continue;
        const bool in_role = e.kind != NameMatch::Kind::Person || date.empty() ||
                             ((e.from.empty() || e.from <= date) && (e.to.empty() || date <= e.to));
        if (len > best_len || (len == best_len && e.user && !best->user)) {
          best_len = len;
          best = &e;
        } else if (best && best->kind == NameMatch::Kind::Person &&
                   e.kind == NameMatch::Kind::Person) {
          // Same name, several roles: the one held on the date, else the latest.
          const bool best_in_role = date.empty() || ((best->from.empty() || best->from <= date) &&
                                                     (best->to.empty() || date <= best->to));
          if ((in_role && !best_in_role) || (in_role == best_in_role && e.from > best->from))
            best = &e;
        }
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    out.push_back({best->kind, i, i + best_len, best->code, best->type, best->canonical});
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
