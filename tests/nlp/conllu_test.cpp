#include <doctest/doctest.h>

#include <sstream>

#include "extract/nlp/conllu.hpp"
#include "extract/nlp/evaluation.hpp"
#include "extract/text/segmenter.hpp"

using namespace kg::text;
using namespace kg::nlp;

namespace {

const char* kSample =
    "# newdoc id = d1\n"
    "# sent_id = 1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t3:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tknew\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("CoNLL-U reader keeps comments and multiword tokens and skips empty nodes") {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  auto s = reader.next();
  REQUIRE(s);
  CHECK(s->comment("text") == "I don't know.");
  CHECK(s->starts_document());
  REQUIRE(s->words.size() == 5);
  CHECK(s->words[0].head == 2);
  CHECK(s->words[3].head == -1);
  CHECK(s->words[3].deprel == "root");
  CHECK_FALSE(s->words[3].space_after());
  REQUIRE(s->multiwords.size() == 1);
  CHECK(s->multiwords[0].first == 1);
  CHECK(s->multiwords[0].last == 2);
  CHECK_FALSE(reader.next());
}

TEST_CASE("CoNLL-U writer round-trips what the reader read") {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  auto s = reader.next();
  std::ostringstream out;
  write_conllu(out, *s);
  std::string expected = kSample;
  const auto empty_node = expected.find("4.1\t");
  expected.erase(empty_node, expected.find('\n', empty_node) + 1 - empty_node);
  CHECK(out.str() == expected);
}

TEST_CASE("CoNLL-U reader names the file and line of a malformed line") {
  std::istringstream in("1\tword\n");
  ConlluReader reader(in, "bad.conllu");
  CHECK_THROWS_WITH_AS(reader.next(), doctest::Contains("bad.conllu:1:"), ConlluError);
  std::istringstream in2("1\ta\ta\tX\tX\t_\t9\tdep\t_\t_\n\n");
  ConlluReader reader2(in2, "heads.conllu");
  CHECK_THROWS_WITH_AS(reader2.next(), doctest::Contains("outside the sentence"), ConlluError);
}

TEST_CASE("segmentation scores count spans, not strings") {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  std::vector<ConlluSentence> gold{*reader.next()};
  CHECK(rebuild_text(gold) == "I don't know.");
  const Document doc = Segmenter().segment(rebuild_text(gold));
  const auto scores = score_segmentation(gold_units(gold), system_units(doc));
  CHECK(scores.tokens.gold == 4);
  CHECK(scores.tokens.correct == 4);
  CHECK(scores.words.correct == 5);
  CHECK(scores.sentences.f1() == doctest::Approx(1.0));
}

TEST_CASE("sentence_to_conllu writes multiword ranges and SpaceAfter") {
  const Document doc = Segmenter().segment("He didn't go.");
  const ConlluSentence c = sentence_to_conllu(doc, 0);
  std::ostringstream out;
  write_conllu(out, c);
  CHECK(out.str() ==
        "# text = He didn't go.\n"
        "1\tHe\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tdid\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
}
