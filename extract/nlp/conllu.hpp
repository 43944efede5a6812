#pragma once
// CoNLL-U reading and writing: training input for the tagger and parser, the
// gold side of evaluations, and the output of `kg segment` / `kg parse`.
// Multiword token lines ("3-4") are kept as ranges; empty nodes ("5.1") are
// skipped, as the basic tree does not use them.
#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/text/document.hpp"

namespace kg::nlp {

class ConlluError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = -1;  // sentence-relative 0-based index of the head word, -1 = root
  std::string deprel;
  std::string deps = "_";
  std::string misc = "_";
  bool space_after() const;
};

struct ConlluMultiword {
  int first = 0;  // 0-based index of its first word
  int last = 0;   // 0-based index of its last word (inclusive)
  std::string form;
  std::string misc = "_";
  bool space_after() const;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;
  int line = 0;  // line number of the first line, for messages

  std::optional<std::string> comment(std::string_view key) const;  // "text", "sent_id"
  bool starts_document() const;
  bool starts_paragraph() const;
};

// Reads sentences one at a time. Throws ConlluError "NAME:LINE: reason".
class ConlluReader {
 public:
  ConlluReader(std::istream& in, std::string name);
  std::optional<ConlluSentence> next();

 private:
  [[noreturn]] void fail(const std::string& reason) const;
  std::istream& in_;
  std::string name_;
  int line_ = 0;
};

std::vector<ConlluSentence> read_conllu_file(const std::string& path);

void write_conllu(std::ostream& out, const ConlluSentence& sentence);

// Sentence `s` of a segmented document: forms, multiword tokens, SpaceAfter,
// "# text"; annotation columns are left empty ("_").
ConlluSentence sentence_to_conllu(const text::Document& doc, size_t s);

}  // namespace kg::nlp
