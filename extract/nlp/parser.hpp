#pragma once
// Labeled dependency parser: greedy arc-hybrid transitions scored by an
// averaged perceptron over the rich non-local feature set of Zhang and Nivre
// (2011), trained with a dynamic oracle and error exploration (Goldberg and
// Nivre 2012/2013), non-projective trees handled pseudo-projectively.
// Const after training or loading; thread-safe.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/nlp/conllu.hpp"
#include "extract/nlp/lexicon.hpp"
#include "extract/nlp/perceptron.hpp"
#include "extract/nlp/transition_system.hpp"

namespace kg::nlp {

// What the parser reads of each word.
struct ParserInput {
  std::string_view form;
  std::string_view lemma;
  std::string_view xpos;
  std::string_view upos;
};

struct ParseResult {
  std::vector<int> heads;  // -1 = root
  std::vector<std::string> labels;
};

struct ParserTrainOptions {
  int epochs = 15;
  uint64_t seed = 1;
  double explore = 0.9;      // probability of following the model's own move once exploring
  int explore_after = 1;     // epochs trained on the oracle path before exploring
  int min_lifted_label = 2;  // rarer "label||head" decorations are dropped
  std::function<void(const std::string&)> log;
};

// A training sentence: words with (predicted) tags and the gold tree.
struct ParserExample {
  std::vector<std::string> forms, lemmas, xpos, upos;
  std::vector<int> heads;
  std::vector<std::string> labels;
};

// Gold trees of training examples, projectivized, with the move set built
// from their labels.
struct TrainingTrees {
  MoveSet moves;
  std::vector<std::vector<int>> heads;
  std::vector<std::vector<uint16_t>> labels;
  size_t lifted = 0;  // sentences that were not projective
};
TrainingTrees training_trees(std::span<const ParserExample> examples, int min_lifted_label);

// Unlabeled and labeled attachment (share of words) of `parse` on `gold`.
std::pair<double, double> attachment_scores(
    std::span<const ParserExample> gold,
    const std::function<ParseResult(std::span<const ParserInput>)>& parse);

// The tree a finished parse built: heads, labels, non-projective arcs restored.
ParseResult finished_tree(const ParseState& st, const MoveSet& moves, int words);

// The highest-scoring legal move, and among the cheapest moves the
// highest-scoring one (the dynamic oracle's choice). costs: -1 = illegal.
std::pair<size_t, size_t> best_moves(std::span<const float> scores, std::span<const int> costs);

class Parser {
 public:
  // Requires: words non-empty. Ensures: a single-rooted tree over the words.
  ParseResult parse(std::span<const ParserInput> words, const Lexicon& lexicon) const;

  static Parser train(std::span<const ParserExample> train, std::span<const ParserExample> dev,
                      const Lexicon& lexicon, const ParserTrainOptions& options);

  // Unlabeled and labeled attachment (share of words) on `gold`.
  std::pair<double, double> attachment(std::span<const ParserExample> gold,
                                       const Lexicon& lexicon) const;

  size_t label_count() const { return moves_.label_count(); }
  void save(ModelWriter& out) const;
  static Parser load(ModelReader& in);

 private:
  struct WordInfo {
    uint64_t w, p, u, wp, l, c;  // word, XPOS, UPOS, word+XPOS, lemma, semantic class
  };
  static void prepare(std::span<const ParserInput> words, const Lexicon& lexicon,
                      std::vector<WordInfo>& out);
  void features(const ParseState& st, const std::vector<WordInfo>& info,
                std::vector<uint64_t>& out) const;
  WeightTable weights_;
  MoveSet moves_;
};

}  // namespace kg::nlp
