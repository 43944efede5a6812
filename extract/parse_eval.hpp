#pragma once
// Tagging, lemmatization and parsing scores in the CoNLL 2018 shared task
// sense: UPOS, XPOS, lemma, UAS and LAS (LAS on the universal part of the
// relation, "nsubj" for "nsubj:pass"; full-label LAS is reported too). With
// gold tokenization these are accuracies; from raw text, system words are
// aligned to gold words by character span and each score is an F1.
#include <vector>

#include "analyzer.hpp"
#include "conllu.hpp"
#include "evaluation.hpp"
#include "segmenter.hpp"

namespace kg::extract {

struct ParseScores {
  PrfCounts tokens, words, sentences;  // raw text only
  PrfCounts upos, xpos, lemma, uas, las, las_full;
  double tokens_per_second = 0;  // analysis speed measured during the evaluation
};

ParseScores evaluate_parsing(const std::vector<ConlluSentence>& gold, const Analyzer& analyzer,
                             bool raw_text);

}  // namespace kg::extract
