#pragma once
// Splits text into words the way UD English (EWT) does: punctuation split off,
// clitics ("'s", "n't", "'ll") split into words of a multiword token,
// abbreviations ("Mr.", "U.S."), numbers ("3.5", "1,000"), URLs and e-mail
// addresses kept whole, hyphenated compounds split unless the first part is a
// prefix such as "e-" or "non-". Does not decide sentence boundaries.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/text/document.hpp"

namespace kg::text {

class Tokenizer {
 public:
  Tokenizer();

  // Appends the words of text[begin, end) to `out`.
  // Ensures: spans are non-empty, ascending, non-overlapping, inside [begin, end).
  void tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>& out) const;

  // True when `word` (ending in '.') keeps its period as an abbreviation.
  // `number_follows` enables the entries that only hold before a number ("No. 5").
  bool is_abbreviation(std::string_view word, bool number_follows) const;

  struct Cp;  // a decoded code point of the chunk being split

 private:
  struct ChunkContext {
    bool number_follows = false;  // the next chunk starts with a digit ("No. 5")
    bool first_in_paragraph = false;
    bool last_in_paragraph = false;
  };
  void tokenize_chunk(std::string_view text, std::vector<Cp>& cps, const ChunkContext& ctx,
                      std::vector<Token>& out) const;
  void emit_word(std::string_view text, size_t b, size_t e, std::vector<Token>& out) const;

  std::unordered_set<std::string> abbreviations_;
  std::unordered_set<std::string> numeric_abbreviations_;
};

}  // namespace kg::text
