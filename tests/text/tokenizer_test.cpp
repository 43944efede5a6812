#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/text/segmenter.hpp"
#include "tests/test_util.hpp"

using kg::text::Document;
using kg::text::Segmenter;

namespace {

std::vector<std::string> words_of(const std::string& text) {
  const Document d = Segmenter().segment(text);
  std::vector<std::string> out;
  for (const auto& t : d.tokens) out.emplace_back(d.form(t));
  return out;
}

// Surface tokens: multiword tokens joined back ("don't").
std::vector<std::string> surface_of(const std::string& text) {
  const Document d = Segmenter().segment(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    const auto& t = d.tokens[i];
    if (t.mwt_words > 1) {
      const auto& last = d.tokens[i + t.mwt_words - 1];
      out.push_back(d.text.substr(t.bytes.begin, last.bytes.end - t.bytes.begin));
      i += t.mwt_words - 1;
    } else {
      out.emplace_back(d.form(t));
    }
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("tokenizer splits punctuation from words") {
  CHECK(words_of("China accused the U.S., Reuters said.") ==
        V{"China", "accused", "the", "U.S.", ",", "Reuters", "said", "."});
  CHECK(words_of("(see below)") == V{"(", "see", "below", ")"});
  CHECK(words_of("\"Stop!\" he said;") == V{"\"", "Stop", "!", "\"", "he", "said", ";"});
}

TEST_CASE("tokenizer keeps abbreviations, initials and titles whole") {
  CHECK(words_of("Mr. Obama met Gen. Smith and George W. Bush in Washington, D.C., today.") ==
        V{"Mr.", "Obama", "met", "Gen.", "Smith", "and", "George", "W.", "Bush", "in", "Washington",
          ",", "D.C.", ",", "today", "."});
  CHECK(words_of("Acme Inc. sued Foo Corp. on Sept. 3.") ==
        V{"Acme", "Inc.", "sued", "Foo", "Corp.", "on", "Sept.", "3", "."});
}

TEST_CASE("tokenizer keeps 'No.' only before a number") {
  CHECK(words_of("He won No. 5 easily.") == V{"He", "won", "No.", "5", "easily", "."});
  CHECK(words_of("He said no. Then left.")[2] == "no");
}

TEST_CASE("tokenizer keeps numbers with decimals, separators and times whole") {
  CHECK(words_of("Growth was 3.5 pct, or 1,000 tonnes, at 10:30.") ==
        V{"Growth", "was", "3.5", "pct", ",", "or", "1,000", "tonnes", ",", "at", "10:30", "."});
  CHECK(words_of("3,4 and 5") == V{"3", ",", "4", "and", "5"});
  CHECK(words_of("It cost $5 or 20%.") == V{"It", "cost", "$", "5", "or", "20", "%", "."});
  CHECK(words_of("They raised 65k by 5pm.") ==
        V{"They", "raised", "65", "k", "by", "5", "pm", "."});
}

TEST_CASE("tokenizer keeps URLs and e-mail addresses whole") {
  CHECK(words_of("See http://www.example.com/a-b?x=1. Or mail jo.smith@example.org!") ==
        V{"See", "http://www.example.com/a-b?x=1", ".", "Or", "mail", "jo.smith@example.org", "!"});
  CHECK(words_of("(www.bbc.co.uk)") == V{"(", "www.bbc.co.uk", ")"});
}

TEST_CASE("tokenizer splits clitics into words of one multiword token") {
  CHECK(words_of("I don't think China's army can't win.") ==
        V{"I", "do", "n't", "think", "China", "'s", "army", "ca", "n't", "win", "."});
  CHECK(surface_of("I don't think China's army can't win.") ==
        V{"I", "don't", "think", "China's", "army", "can't", "win", "."});
  CHECK(words_of("We'll see; they've gone; I'm here; you'd know") ==
        V{"We", "'ll", "see", ";", "they", "'ve", "gone", ";", "I", "'m", "here", ";", "you", "'d",
          "know"});
  CHECK(words_of("It cannot be") == V{"It", "can", "not", "be"});
  CHECK(words_of("the workers' union") == V{"the", "workers", "'", "union"});
  CHECK(surface_of("the workers' union") == V{"the", "workers'", "union"});
}

TEST_CASE("tokenizer understands curly quotes and apostrophes") {
  CHECK(words_of("\xE2\x80\x9CWe won\xE2\x80\x99t,\xE2\x80\x9D he said.") ==
        V{"\xE2\x80\x9C", "We", "wo", "n\xE2\x80\x99t", ",", "\xE2\x80\x9D", "he", "said", "."});
}

TEST_CASE("tokenizer splits hyphenated compounds as EWT does") {
  CHECK(words_of("a search-engine") == V{"a", "search", "-", "engine"});
  CHECK(words_of("an e-mail and a non-profit") == V{"an", "e-mail", "and", "a", "non-profit"});
  CHECK(words_of("a 26-year term") == V{"a", "26", "-", "year", "term"});
  CHECK(words_of("call 345-9945") == V{"call", "345-9945"});
  CHECK(words_of("on 2013-06-05 at") == V{"on", "2013-06-05", "at"});
  CHECK(words_of("in 1970-1971") == V{"in", "1970", "-", "1971"});
  CHECK(words_of("U.S.-China talks") == V{"U.S.", "-", "China", "talks"});
  CHECK(words_of("He paused -- then left") == V{"He", "paused", "--", "then", "left"});
}

TEST_CASE("tokenizer keeps hyphenated police verbs whole") {
  CHECK(words_of("Police lathi-charged them") == V{"Police", "lathi-charged", "them"});
  CHECK(words_of("they baton-charged the crowd") == V{"they", "baton-charged", "the", "crowd"});
  CHECK(words_of("a cane-charge and tear-gassing") == V{"a", "cane-charge", "and", "tear-gassing"});
  // Other compounds still split as in EWT.
  CHECK(words_of("a tear-jerker") == V{"a", "tear", "-", "jerker"});
  CHECK(words_of("a baton-twirling") == V{"a", "baton", "-", "twirling"});
}

TEST_CASE("tokenizer keeps byte offsets into the original text") {
  const std::string text = "  Caf\xC3\xA9 \xE2\x80\x9Cnews\xE2\x80\x9D\nU.S. arms";
  const Document d = Segmenter().segment(text);
  REQUIRE(d.tokens.size() == 6);
  for (const auto& t : d.tokens) CHECK(t.bytes.end <= text.size());
  CHECK(d.form(d.tokens[0]) == "Caf\xC3\xA9");
  CHECK(d.tokens[0].bytes.begin == 2);
  CHECK(d.form(d.tokens[2]) == "news");
  CHECK(d.text.substr(d.tokens[4].bytes.begin, 4) == "U.S.");
  CHECK_FALSE(d.tokens[1].space_after);  // the opening quote is glued to "news"
  CHECK(d.tokens[0].space_after);
}

TEST_CASE("tokenizer handles ellipses, dashes and repeated punctuation") {
  CHECK(words_of("Wait... what?!") == V{"Wait", "...", "what", "?!"});
  CHECK(words_of("so \xE2\x80\x94 yes") == V{"so", "\xE2\x80\x94", "yes"});
}
