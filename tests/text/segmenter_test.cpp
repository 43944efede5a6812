// Issue 12: a paragraph repeated inside one article is counted once, also when
// the article puts one paragraph per line without blank lines between.
#include "extract/text/segmenter.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace kg;

TEST_CASE("issue 12: a lead printed twice in one-paragraph-per-line text is segmented once") {
  const text::Segmenter seg;
  const std::string lead = "The Bank of England raised interest rates to 4.75% on Thursday.";
  const text::Document doc =
      seg.segment(lead + "\nThe pound rose after the announcement.\n" + lead + "\n");
  CHECK(doc.paragraphs == 3);
  CHECK(doc.repeated_paragraphs == 1);
  CHECK(doc.sentences.size() == 2);
}

TEST_CASE("issue 12: blank-line paragraphs and hard-wrapped lines keep their paragraphs") {
  const text::Segmenter seg;
  const text::Document blank =
      seg.segment("Rates rose on Thursday.\n\nThe pound rose.\n\nRates rose on Thursday.\n");
  CHECK(blank.paragraphs == 3);
  CHECK(blank.repeated_paragraphs == 1);
  // A line that ends mid-sentence marks hard-wrapped text: the block is one paragraph.
  const text::Document wrapped =
      seg.segment("The Bank of England raised rates\non Thursday. The pound rose.\n");
  CHECK(wrapped.paragraphs == 1);
  CHECK(wrapped.sentences.size() == 2);
}

TEST_CASE("Reuters' angle-bracket markup around companies and tickers is no words") {
  const text::Segmenter seg;
  const text::Document doc =
      seg.segment("NEC Corp <NIPN.T> will supply <Matra-Harris SA> of France, it said.");
  std::vector<std::string> words;
  for (const auto& t : doc.tokens)
    words.emplace_back(doc.text.substr(t.bytes.begin, t.bytes.size()));
  CHECK(std::ranges::find(words, "<") == words.end());
  CHECK(std::ranges::find(words, ">") == words.end());
  CHECK(std::ranges::find(words, "NIPN.T") == words.end());
  CHECK(std::ranges::find(words, "Matra") != words.end());
  // A lone comparison sign stays a word.
  const text::Document math = seg.segment("Inflation was < 2 pct in May.");
  CHECK(math.tokens.size() == 8);
}
