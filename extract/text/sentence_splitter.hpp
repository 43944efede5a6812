#pragma once
// Groups the words of one paragraph into sentences. A sentence ends at . ! ?
// or an ellipsis (with the closing quotes and brackets that follow it) when
// the next word can start a sentence, and after an abbreviation only when a
// typical sentence opener follows ("... in the U.S. The talks"). Line breaks
// inside a paragraph are not boundaries; paragraphs are split by the caller.
#include <string_view>
#include <vector>

#include "extract/text/document.hpp"

namespace kg::text {

class SentenceSplitter {
 public:
  // Longer runs without a boundary are cut, so the parser never sees a
  // "sentence" of a whole unpunctuated 50 MB line.
  static constexpr size_t kMaxWords = 250;

  // Requires: words are the words of one paragraph of `text`, in order.
  // Ensures: returns the end index (exclusive) of each sentence; the last is
  // words.size(). An abbreviation that ends a sentence ("... in the U.S. The")
  // has its period split off into a word of its own, as EWT does.
  std::vector<size_t> split(std::string_view text, std::vector<Token>& words) const;
};

}  // namespace kg::text
