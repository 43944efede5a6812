#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/text/segmenter.hpp"
#include "tests/test_util.hpp"

using kg::text::Document;
using kg::text::Segmenter;

namespace {

std::vector<std::string> sentences_of(const std::string& text) {
  const Document d = Segmenter().segment(text);
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.text_of(s.bytes));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences end at . ! ? before a capital") {
  CHECK(sentences_of("China protested. The U.S. denied it! Why? Nobody knows.") ==
        V{"China protested.", "The U.S. denied it!", "Why?", "Nobody knows."});
}

TEST_CASE("abbreviations, initials and decimals do not end sentences") {
  CHECK(sentences_of("Mr. Obama met Dr. Li at 3 p.m. on Tuesday.").size() == 1);
  CHECK(sentences_of("George W. Bush said growth was 3.5 pct.").size() == 1);
  CHECK(sentences_of("Talks in the U.S. Senate stalled.").size() == 1);
  CHECK(sentences_of("It was made in the U.S. The buyers were Chinese.") ==
        V{"It was made in the U.S.", "The buyers were Chinese."});
}

TEST_CASE("an abbreviation ending a sentence gives its period to the sentence") {
  const Document d = Segmenter().segment("It was made in the U.S. The buyers were Chinese.");
  REQUIRE(d.sentences.size() == 2);
  const auto first = d.sentence_tokens(0);
  CHECK(d.form(first.back()) == ".");
  CHECK(d.form(first[first.size() - 2]) == "U.S");
}

TEST_CASE("quotes and brackets stay with the sentence they close") {
  CHECK(sentences_of("He said \"we will fight.\" Then he left.") ==
        V{"He said \"we will fight.\"", "Then he left."});
  CHECK(sentences_of("\"Why?\" he asked.").size() == 1);
  CHECK(sentences_of("(It failed.) Nobody cared.") == V{"(It failed.)", "Nobody cared."});
}

TEST_CASE("a line break inside a sentence is not a boundary; a blank line is") {
  CHECK(sentences_of("The embargo on U.S.\narms manufacturers is over.").size() == 1);
  CHECK(sentences_of("A headline without a period\n\nThe body starts here.") ==
        V{"A headline without a period", "The body starts here."});
}

TEST_CASE("ellipses end sentences only before a capital") {
  CHECK(sentences_of("He waited... and waited.").size() == 1);
  CHECK(sentences_of("He waited... Nothing came.").size() == 2);
}

TEST_CASE("a dateline opening an article is a sentence of its own") {
  CHECK(sentences_of("WASHINGTON (Reuters) - The Pentagon accused China.") ==
        V{"WASHINGTON (Reuters) -", "The Pentagon accused China."});
  // A place in capitals and small letters, when the month follows it.
  CHECK(sentences_of("New York, June 19 - A federal judge said she would rule.") ==
        V{"New York, June 19 -", "A federal judge said she would rule."});
  CHECK(sentences_of("Paris, Jan. 3 - France condemned the attack.") ==
        V{"Paris, Jan. 3 -", "France condemned the attack."});
  // Without a month a dash is the sentence's own.
  CHECK(sentences_of("President Bush - the winner - said no.").size() == 1);
  // Reuters puts company names in angle brackets, right after the dateline (the
  // brackets are no words: the sentence starts at the name).
  const auto reuters =
      sentences_of("TORONTO, April 2 - <Maple Mining Inc> said it sold its claims.");
  REQUIRE(reuters.size() == 2);
  CHECK(reuters[0] == "TORONTO, April 2 -");
  CHECK(reuters[1].starts_with("Maple Mining Inc"));
}

TEST_CASE("very long runs without punctuation are cut") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  const Document d = Segmenter().segment(text);
  CHECK(d.sentences.size() == 4);
  for (size_t s = 0; s < d.sentences.size(); ++s)
    CHECK(d.sentence_tokens(s).size() <= kg::text::SentenceSplitter::kMaxWords);
}

TEST_CASE("a paragraph repeated verbatim is segmented once") {
  const std::string text = "Beijing denied it.\n\nThe Pentagon said so.\n\nBeijing denied it.\n";
  const Document d = Segmenter().segment(text);
  CHECK(d.paragraphs == 3);
  CHECK(d.repeated_paragraphs == 1);
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.sentences[0].bytes.begin == 0);  // points at the first copy
  const Document all = Segmenter({.skip_repeated_paragraphs = false}).segment(text);
  CHECK(all.sentences.size() == 3);
}
