#pragma once
// Scores in the sense of the CoNLL 2018 shared task: system and gold units
// are matched by their character span in the text with whitespace removed, so
// a token or sentence counts only when both its start and end are right.
#include <cstddef>
#include <string>
#include <vector>

#include "extract/nlp/conllu.hpp"
#include "extract/text/document.hpp"

namespace kg::nlp {

struct PrfCounts {
  size_t gold = 0;
  size_t system = 0;
  size_t correct = 0;
  double precision() const { return system ? static_cast<double>(correct) / system : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// The raw text a gold file was made from: sentences joined by a space (none
// after SpaceAfter=No), paragraphs and documents by a blank line.
std::string rebuild_text(const std::vector<ConlluSentence>& gold);

// Where each gold and system unit lies, in non-whitespace characters.
struct SpanUnit {
  size_t begin = 0, end = 0;
  int part = -1;     // index inside a multiword token, -1 for plain words
  std::string form;  // lowercased form for words inside multiword tokens
  bool operator<(const SpanUnit& o) const;
  bool operator==(const SpanUnit& o) const;
};

struct SegmentationUnits {
  std::vector<SpanUnit> tokens, words, sentences;
};

SegmentationUnits gold_units(const std::vector<ConlluSentence>& gold);
SegmentationUnits system_units(const text::Document& doc);

struct SegmentationScores {
  PrfCounts tokens, words, sentences;
};

// Throws std::runtime_error when the texts of the two sides differ.
SegmentationScores score_segmentation(const SegmentationUnits& gold,
                                      const SegmentationUnits& system);

// For each system word, the index of the gold word with the same span (and
// the same part of a multiword token), or -1.
std::vector<int> align_words(const SegmentationUnits& gold, const SegmentationUnits& system);

}  // namespace kg::nlp
