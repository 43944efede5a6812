// Parse repairs checked on analyses written out by hand, so each test states the
// model's error it corrects whatever the shipped model does with the sentence today.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/events/parse_repair.hpp"

using kg::nlp::ParsedSentence;
using kg::nlp::ParsedToken;
using kg::nlp::Upos;

namespace {

struct Word {
  const char* form;
  Upos upos;
  int head;  // -1 for the root
  const char* rel;
};

ParsedSentence sentence_of(const std::vector<Word>& words) {
  ParsedSentence s;
  for (const Word& w : words) {
    ParsedToken t;
    t.form = w.form;
    t.lemma = w.form;
    t.upos = w.upos;
    t.head = w.head;
    t.deprel = w.rel;
    s.tokens.push_back(t);
  }
  return s;
}

std::string rel_after_repair(const std::vector<Word>& words, size_t i) {
  ParsedSentence s = sentence_of(words);
  kg::events::repair_object_read_as_oblique(s);
  return s.tokens[i].deprel;
}

}  // namespace

TEST_CASE("a bare noun phrase right after a verb without object is its object") {
  // "Rebels blocked transport into the capital"
  CHECK(rel_after_repair({{"Rebels", Upos::NOUN, 1, "nsubj"},
                          {"blocked", Upos::VERB, -1, "root"},
                          {"transport", Upos::NOUN, 1, "obl"},
                          {"into", Upos::ADP, 4, "case"},
                          {"capital", Upos::NOUN, 1, "obl"}},
                         2) == "obj");
  // "Both banks cut their bonus rates"
  CHECK(rel_after_repair({{"banks", Upos::NOUN, 1, "nsubj"},
                          {"cut", Upos::VERB, -1, "root"},
                          {"their", Upos::PRON, 4, "nmod:poss"},
                          {"bonus", Upos::NOUN, 4, "compound"},
                          {"rates", Upos::NOUN, 1, "obl"}},
                         4) == "obj");
  // "The rebels closed down the crossing": a particle may stand between.
  CHECK(rel_after_repair({{"rebels", Upos::NOUN, 1, "nsubj"},
                          {"closed", Upos::VERB, -1, "root"},
                          {"down", Upos::ADP, 1, "compound:prt"},
                          {"the", Upos::DET, 4, "det"},
                          {"crossing", Upos::NOUN, 1, "obl"}},
                         4) == "obj");
}

TEST_CASE("time phrases, measures and second complements stay obliques") {
  // "The ministers met Tuesday"
  CHECK(rel_after_repair({{"ministers", Upos::NOUN, 1, "nsubj"},
                          {"met", Upos::VERB, -1, "root"},
                          {"Tuesday", Upos::NOUN, 1, "obl"}},
                         2) == "obl");
  // "Shares rose 5 pct"
  CHECK(rel_after_repair({{"Shares", Upos::NOUN, 1, "nsubj"},
                          {"rose", Upos::VERB, -1, "root"},
                          {"5", Upos::NUM, 3, "nummod"},
                          {"pct", Upos::NOUN, 1, "obl"}},
                         3) == "obl");
  // "They met last week": the phrase's own time word
  CHECK(rel_after_repair({{"They", Upos::PRON, 1, "nsubj"},
                          {"met", Upos::VERB, -1, "root"},
                          {"last", Upos::ADJ, 3, "amod"},
                          {"week", Upos::NOUN, 1, "obl"}},
                         3) == "obl");
  // "The court sentenced him two years": the verb has its object already.
  CHECK(rel_after_repair({{"court", Upos::NOUN, 1, "nsubj"},
                          {"sentenced", Upos::VERB, -1, "root"},
                          {"him", Upos::PRON, 1, "obj"},
                          {"years", Upos::NOUN, 1, "obl"}},
                         3) == "obl");
  // "Police fired Tuesday on the crowd", a noun before the verb, and a noun with a
  // preposition are left alone.
  CHECK(rel_after_repair({{"crowd", Upos::NOUN, 1, "obl"}, {"gathered", Upos::VERB, -1, "root"}},
                         0) == "obl");
  CHECK(rel_after_repair({{"Police", Upos::NOUN, 1, "nsubj"},
                          {"fired", Upos::VERB, -1, "root"},
                          {"on", Upos::ADP, 3, "case"},
                          {"crowd", Upos::NOUN, 1, "obl"}},
                         3) == "obl");
}

TEST_CASE("a group word followed by a name without a comma is described by it, not in apposition") {
  // "The rebel Kurdistan Workers' Party issued": the model hung the name on "rebel".
  ParsedSentence s = sentence_of({{"The", Upos::DET, 1, "det"},
                                  {"rebel", Upos::NOUN, 4, "nsubj"},
                                  {"Kurdistan", Upos::PROPN, 3, "compound"},
                                  {"Party", Upos::PROPN, 1, "appos"},
                                  {"issued", Upos::VERB, -1, "root"}});
  kg::events::repair_name_read_as_apposition(s);
  CHECK(s.tokens[3].deprel == "nsubj");
  CHECK(s.tokens[3].head == 4);
  CHECK(s.tokens[1].deprel == "compound");
  CHECK(s.tokens[1].head == 3);
  // With a comma it is an apposition; a day is no name; an ordinary noun is left alone.
  for (const std::vector<Word>& words : {std::vector<Word>{{"rebel", Upos::NOUN, 3, "nsubj"},
                                                           {",", Upos::PUNCT, 2, "punct"},
                                                           {"Hamas", Upos::PROPN, 0, "appos"},
                                                           {"said", Upos::VERB, -1, "root"}},
                                         std::vector<Word>{{"group", Upos::NOUN, 2, "nsubj"},
                                                           {"Monday", Upos::PROPN, 0, "appos"},
                                                           {"said", Upos::VERB, -1, "root"}},
                                         std::vector<Word>{{"company", Upos::NOUN, 2, "nsubj"},
                                                           {"Texaco", Upos::PROPN, 0, "appos"},
                                                           {"said", Upos::VERB, -1, "root"}}}) {
    ParsedSentence t = sentence_of(words);
    kg::events::repair_name_read_as_apposition(t);
    CHECK(t.tokens[0].base_rel() == "nsubj");
  }
}

TEST_CASE("a finite verb with its own subject is a complement clause, not an open complement") {
  // "Texaco has alleged Pennzoil violated the rule"
  ParsedSentence s = sentence_of({{"Texaco", Upos::PROPN, 2, "nsubj"},
                                  {"has", Upos::AUX, 2, "aux"},
                                  {"alleged", Upos::VERB, -1, "root"},
                                  {"Pennzoil", Upos::PROPN, 4, "nsubj"},
                                  {"violated", Upos::VERB, 2, "xcomp"},
                                  {"rule", Upos::NOUN, 4, "obj"}});
  s.tokens[4].xpos = "VBD";
  kg::events::repair_finite_open_complement(s);
  CHECK(s.tokens[4].deprel == "ccomp");
  // "wants to meet": an infinitive without a subject stays open.
  ParsedSentence t = sentence_of({{"Iran", Upos::PROPN, 1, "nsubj"},
                                  {"wants", Upos::VERB, -1, "root"},
                                  {"to", Upos::PART, 3, "mark"},
                                  {"meet", Upos::VERB, 1, "xcomp"}});
  t.tokens[3].xpos = "VB";
  kg::events::repair_finite_open_complement(t);
  CHECK(t.tokens[3].deprel == "xcomp");
}
