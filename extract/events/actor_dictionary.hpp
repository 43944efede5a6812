#pragma once
// Actor knowledge for coding: countries (names, adjectives, capitals),
// agent nouns (government, military, police ...), named organizations and
// people with the dates of their roles, read from data/actors/*.tsv, from
// PETRARCH2's .actors/.agents files (petrarch_reader.hpp) and any user file.
// Matching is on word sequences, case-insensitive except for all-capital
// acronyms ("US" is not "us") and names written in lower case, both of which
// relax in a sentence written all in capitals or all in lower case.
// Const after loading; thread-safe.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/events/event.hpp"
#include "extract/events/petrarch_reader.hpp"

namespace kg::events {

struct NameMatch {
  enum class Kind : uint8_t { CountryName, CountryAdjective, CountryPlace, Organization, Person };
  Kind kind = Kind::Organization;
  size_t begin = 0, end = 0;  // word range in the searched sequence, half-open
  std::string code;
  EntityType type = EntityType::Other;
  std::string canonical;
  bool acronym = false;  // the name is written in capitals ("US", "U.N.")
};

struct AgentMatch {
  std::string code;  // "GOV", "MIL" ...
  EntityType type = EntityType::Other;
  size_t words = 0;  // length of the matched term
};

class ActorDictionary {
 public:
  // data/actors/{countries,agents,organizations,people}.tsv under `dir`.
  static ActorDictionary load(const std::filesystem::path& dir);
  // A user file: organization rows (code, type, names) and/or people rows
  // (code, from, to, names). Throws InputError naming file and line.
  // A PETRARCH .actors or .agents file is read in that format (detect_format);
  // its unreadable lines are skipped (`kg dict check FILE` lists them).
  void add_file(const std::filesystem::path& path);

  // PETRARCH records. Unless `user`, a name (or agent term) that kg's own files
  // already have is skipped, so kg's entry wins, and so is any name in `skip`
  // (lowercase words joined by spaces). People's roles keep PETRARCH's rule: a
  // person named outside every dated role and without a default code is known
  // but uncoded.
  void add_petrarch_actors(std::span<const ActorRecord> records,
                           const std::unordered_set<std::string>& skip, bool user);
  void add_petrarch_agents(std::span<const AgentRecord> records,
                           const std::unordered_set<std::string>& skip, bool user = false);

  // Longest matches of known names in `words`, left to right, not overlapping.
  // `date` (YYYY-MM-DD, may be empty) picks the role a person held then.
  // With `any_case` (a sentence written all in capitals or all in lower case,
  // see is_caseless) acronyms and names match whatever their case.
  std::vector<NameMatch> find_names(std::span<const std::string_view> words, std::string_view date,
                                    bool any_case = false) const;

  // Whether a sentence's case says nothing about names: at least three words
  // with letters, and none with a capital, or none with a lower-case letter.
  static bool is_caseless(std::span<const std::string_view> words);

  // The agent term that ends `lemmas` (lowercase), longest first.
  std::optional<AgentMatch> agent_ending(std::span<const std::string> lemmas) const;

  size_t entries() const { return entries_.size(); }

  // The name of the country with this 3-letter code ("USA" -> "United States"), or "".
  std::string_view country_name(std::string_view code) const;

 private:
  struct Entry {
    NameMatch::Kind kind;
    std::string code;
    EntityType type;
    std::string canonical;
    std::string from, to;
    bool exact_case = false;
    std::vector<std::string> words;  // lowercase, or as written when exact_case
    bool user = false;               // from --actors: wins over a shipped name of the same length
    bool strict_dates = false;       // PETRARCH person: no code outside the dated roles
    bool petrarch = false;
  };
  bool in_role(const Entry& e, std::string_view date) const;
  void add_name(Entry e, std::string_view name);
  void read_countries(const std::filesystem::path& path);
  void read_agents(const std::filesystem::path& path);
  void read_named(const std::filesystem::path& path, bool user);

  std::vector<Entry> entries_;
  std::unordered_set<std::string> own_names_;  // kg's own names, lowercase: they beat PETRARCH's
  std::unordered_map<std::string, std::string> country_names_;       // "USA" -> "United States"
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;  // lowercase first word
  struct Agent {
    std::string code;
    EntityType type;
  };
  std::unordered_map<std::string, Agent> agents_;  // "defence ministry" -> MIL
  size_t longest_agent_ = 1;
};

}  // namespace kg::events
