#pragma once
// Actor knowledge for coding: countries (names, adjectives, capitals),
// agent nouns (government, military, police ...), named organizations and
// people with the dates of their roles, read from data/actors/*.tsv and any
// user file. Matching is on word sequences, case-insensitive except for
// all-capital acronyms ("US" is not "us"). Const after loading; thread-safe.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/events/event.hpp"

namespace kg::events {

struct NameMatch {
  enum class Kind : uint8_t { CountryName, CountryAdjective, CountryPlace, Organization, Person };
  Kind kind = Kind::Organization;
  size_t begin = 0, end = 0;  // word range in the searched sequence, half-open
  std::string code;
  EntityType type = EntityType::Other;
  std::string canonical;
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
  void add_file(const std::filesystem::path& path);

  // Longest matches of known names in `words`, left to right, not overlapping.
  // `date` (YYYY-MM-DD, may be empty) picks the role a person held then.
  std::vector<NameMatch> find_names(std::span<const std::string_view> words,
                                    std::string_view date) const;

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
  };
  void add_name(Entry e, std::string_view name);
  void read_countries(const std::filesystem::path& path);
  void read_agents(const std::filesystem::path& path);
  void read_named(const std::filesystem::path& path, bool user);

  std::vector<Entry> entries_;
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
