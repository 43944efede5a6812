#pragma once
// CAMEO event codes for predicates: verb patterns (lemma, particle,
// preposition, object noun) and event nouns, read from data/verbs/*.tsv and
// any user file; and each code's label, Goldstein weight and QuadClass.
// Const after loading; thread-safe.
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/events/petrarch_reader.hpp"

namespace kg::events {

struct EventCodeInfo {
  std::string code, label;
  double goldstein = 0;
  int quad_class = 0;
};

// What is known about a predicate when looking up its code.
struct PredicateShape {
  std::string_view lemma;
  std::string_view particle;            // "" when none
  std::vector<std::string_view> preps;  // prepositions of its complements, first is the target's
  std::vector<std::string> object_phrases;  // "strike", "air strike": head lemma with modifiers
};

class VerbDictionary {
 public:
  static VerbDictionary load(const std::filesystem::path& dir);
  // A user file in the format of cameo_verbs.tsv (throws InputError naming file
  // and line), or a PETRARCH verb file (detect_format; lines it cannot read or
  // express are skipped: `kg dict check FILE` lists them).
  void add_file(const std::filesystem::path& path);

  // PETRARCH patterns. Unless `user`, a lemma kg's own cameo_verbs.tsv has keeps
  // kg's patterns only: kg's entry for the lemma wins. User patterns win over
  // shipped ones of equal specificity. An empty code is PETRARCH's null code: the
  // pattern matches and codes nothing.
  void add_petrarch(const PetrarchVerbs& verbs, bool user);

  // The code of the most specific matching pattern, or "".
  std::string code_for(const PredicateShape& p) const;
  // Whether kg's own files (or the user's) list the lemma; false for a lemma only
  // PETRARCH's dictionary codes.
  bool lists_own(std::string_view lemma) const { return patterns_.contains(std::string(lemma)); }
  // Whether kg's file or PETRARCH's lists the lemma as a verb at all.
  bool knows(std::string_view lemma) const {
    return lists_own(lemma) || petrarch_.contains(std::string(lemma));
  }
  // The code of an event noun ("attack", "talks"), or "".
  std::string nominal_code(std::string_view lemma) const;
  // The code of a judging word said of an actor ("flawed" -> 111 criticize,
  // "courageous" -> 051 praise), from evaluations.tsv, or "".
  std::string evaluation_code(std::string_view lemma) const;
  const EventCodeInfo* info(std::string_view code) const;

 private:
  struct Pattern {
    std::string code;
    std::string particle;
    std::string prep;
    std::vector<std::string> nouns;
    int specificity() const {
      return (nouns.empty() ? 0 : 4) + (prep.empty() ? 0 : 2) + (particle.empty() ? 0 : 1);
    }
    // Words of the longest of its nouns that matched ("air strike" beats "strike").
    size_t matched_words = 0;
  };
  void read_patterns(const std::filesystem::path& path);
  static Pattern from_record(const VerbPatternRecord& r);

  std::unordered_map<std::string, std::vector<Pattern>> patterns_;  // by lemma
  // PETRARCH's lemmas kg's own file lacks: their own entries and their block's
  // patterns, shared by every verb of the block (CAMEO.2.0 has 40,000 verb-pattern pairs).
  struct PetrarchLemma {
    std::vector<Pattern> own;
    std::vector<std::shared_ptr<const std::vector<Pattern>>> blocks;
  };
  std::unordered_map<std::string, PetrarchLemma> petrarch_;
  std::unordered_map<std::string, std::string> nominal_;
  std::unordered_map<std::string, std::string> evaluation_;
  std::unordered_map<std::string, EventCodeInfo> codes_;
};

// GDELT's QuadClass of a CAMEO code by its root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4.
int quad_class_of(std::string_view code);

}  // namespace kg::events
