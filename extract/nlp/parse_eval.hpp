#pragma once
// Tagging, lemmatization and parsing scores in the CoNLL 2018 shared task
// sense: UPOS, XPOS, lemma, UAS and LAS (LAS on the universal part of the
// relation, "nsubj" for "nsubj:pass"; full-label LAS is reported too). With
// gold tokenization these are accuracies; from raw text, system words are
// aligned to gold words by character span and each score is an F1.
#include <vector>

#include "extract/nlp/analyzer.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/nlp/evaluation.hpp"
#include "extract/text/segmenter.hpp"

namespace kg::nlp {

struct ParseScores {
  PrfCounts tokens, words, sentences;  // raw text only
  PrfCounts upos, xpos, lemma, uas, las, las_full;
  // UAS and LAS over the words that are not punctuation in the gold file (the
  // older convention; treebanks disagree most on where punctuation attaches).
  PrfCounts uas_no_punct, las_no_punct;
  double tokens_per_second = 0;  // analysis speed measured during the evaluation
};

// With `system` (gold tokenization only), also returns the gold sentences
// with kg's tags, lemmas, features, heads and relations in place of the gold
// ones, for error analysis.
ParseScores evaluate_parsing(const std::vector<ConlluSentence>& gold, const Analyzer& analyzer,
                             bool raw_text, std::vector<ConlluSentence>* system = nullptr);

}  // namespace kg::nlp
