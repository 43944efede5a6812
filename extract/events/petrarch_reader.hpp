#pragma once
// Readers for the dictionary formats PETRARCH2 codes with, as its
// dictionaries.rst documents them: `.actors` (names, `_`-joined words, `+`
// synonyms, `[CODE]` and date-ranged `[CODE 070627-20100711]` roles), `.agents`
// (`{plural}`, `~` before or after the code, `!MARKER!` substitution sets),
// the CAMEO.2.0 verb file (`&SET` synonym sets, `--- BLOCK [CODE] ---`, verbs
// with `{forms}`, `- * (PREP NOUN) [CODE]` patterns), and discards (`+` =
// story level). They return plain records and never throw on a bad line:
// each one becomes a DictIssue ("file:line: reason") and is left out, so
// `kg dict check` can list them all and loading the shipped files cannot fail
// on one typo. What kg does with the records is ActorDictionary's and
// VerbDictionary's business.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::events {

struct DictIssue {
  std::string file;
  int line = 0;
  std::string reason;
};
std::string to_string(const DictIssue& issue);  // "file:line: reason"

enum class DictFormat {
  KgActors,
  KgVerbs,
  PetrarchActors,
  PetrarchAgents,
  PetrarchVerbs,
  PetrarchDiscards,
  Unknown
};
std::string_view to_string(DictFormat f);

// The format of a dictionary file: by name first (`*.actors*`, `*.agents*`,
// `*.verbs*`/`CAMEO*`, `*discards*`), else by its first lines. Throws
// InputError when the file cannot be opened.
DictFormat detect_format(const std::filesystem::path& path);

// A code with the dates it applies between (YYYY-MM-DD, inclusive; empty = open).
struct DatedCode {
  std::string code;
  std::string from, to;
};

// One actor record: a primary phrase, its `+` synonyms and its codes.
struct ActorRecord {
  int line = 0;
  std::vector<std::string> names;  // words joined by single spaces, as written
  std::vector<DatedCode> codes;    // undated ones are the default code
};
std::vector<ActorRecord> read_petrarch_actors(const std::filesystem::path& path,
                                              std::vector<DictIssue>& issues);

// One agent phrase (plurals and substitution sets expanded into their own records).
struct AgentRecord {
  int line = 0;
  std::string term;             // lowercase words joined by spaces
  std::string code;             // "GOV", "GOVFRM", "NGO"
  bool before_country = false;  // "NGO~": the agent code comes before the country code
};
std::vector<AgentRecord> read_petrarch_agents(const std::filesystem::path& path,
                                              std::vector<DictIssue>& issues);

struct DiscardPhrase {
  int line = 0;
  std::string text;         // upper case, words joined by single spaces
  bool story = false;       // `+`: the whole story is not coded
  bool whole_word = false;  // ended with `_`: must end at a blank or punctuation mark
};
std::vector<DiscardPhrase> read_petrarch_discards(const std::filesystem::path& path,
                                                  std::vector<DictIssue>& issues);

// A verb pattern reduced to kg's model (VerbDictionary::Pattern): lemma,
// particle, preposition, object nouns. A bare verb is a pattern with nothing
// but its lemma. An empty code is PETRARCH's null code `---`: it stops the
// verb's own code.
struct VerbPatternRecord {
  int line = 0;
  std::string lemma, particle, prep;
  std::vector<std::string> nouns;  // lowercase, "air strike" for {AIR STRIKE}
  std::string code;
};

// A `--- NAME [CODE] ---` block: its verbs and the patterns they share.
struct VerbBlock {
  std::vector<VerbPatternRecord> verbs;     // each verb's own entry: bare code, multi-word verb
  std::vector<std::string> lemmas;          // the one-word verbs the patterns are for
  std::vector<VerbPatternRecord> patterns;  // lemma left empty
};

struct PetrarchVerbs {
  std::vector<VerbBlock> blocks;
  std::vector<VerbPatternRecord> flat() const;  // every pattern with its lemma filled in
  size_t verbs = 0;                             // verb lines read (each with its forms)
  size_t verb_forms = 0;                        // inflected forms listed or generated
  size_t synsets = 0;                           // &SET blocks
  size_t pattern_lines = 0;                     // `-` lines read
  size_t patterns_kept = 0;                     // of those, expressed in kg's model
  // Lines read fine that kg's model cannot express: words before the verb,
  // two nouns, source/target markers, transformations ... with the reason.
  std::vector<DictIssue> not_expressed;
};
PetrarchVerbs read_petrarch_verbs(const std::filesystem::path& path,
                                  std::vector<DictIssue>& issues);

// A 3-letter CAMEO country code ("GBR", "SUN"), not a sector or kind of body ("NGO", "MNC").
bool is_country_code(std::string_view code);

// "070627" -> "2007-06-27" (YY 00-30 is 20YY, else 19YY, as PETRARCH reads it),
// "20100711" -> "2010-07-11"; "" for a malformed date. Like PETRARCH,
// characters after the 8th (or the 6th of a 6-7 character date) are ignored.
std::string petrarch_date(std::string_view s);

}  // namespace kg::events
