#pragma once
// Neural dependency parser: a BiLSTM reads the sentence (word, tag, prefix,
// suffix, shape and WordNet-class embeddings) and a one-hidden-layer MLP scores
// arc-hybrid moves from the BiLSTM vectors of s2, s1, s0, b0 and b1
// (Kiperwasser and Goldberg 2016). Trained with the dynamic oracle and error
// exploration, softmax loss over legal moves, Adam, word dropout; non-
// projective trees handled pseudo-projectively as in Parser. The first MLP
// layer is precomputed per word, so a move costs one small matrix product.
// Const after training or loading; thread-safe.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/nlp/lexicon.hpp"
#include "extract/nlp/nn.hpp"
#include "extract/nlp/parser.hpp"

namespace kg::nlp {

struct NeuralParserOptions {
  int epochs = 20;
  uint64_t seed = 1;
  // Embedding sizes per input feature, in NeuralParser::Feature order. They
  // cost nothing at parse time: each row's effect on the LSTM gates is
  // precomputed.
  std::vector<size_t> dims = {80, 24, 8, 16, 8, 8, 8};
  size_t lstm = 128;  // hidden units per direction
  size_t mlp = 128;
  float learning_rate = 0.002f;
  float word_dropout = 0.25f;  // alpha in alpha / (alpha + count)
  float tag_dropout = 0.05f;
  float dropout = 0.33f;  // on the BiLSTM inputs and outputs
  double explore = 0.9;
  int explore_after = 2;
  size_t batch = 16;  // sentences per update
  // Threads that share each batch (data parallel). 1 keeps one random stream
  // through an epoch; more give another result, deterministic for the count.
  unsigned threads = 1;
  float average = 0.999f;  // decay of the running average of the weights that is kept
  int min_word_count = 2;
  int min_lifted_label = 2;
  std::function<void(const std::string&)> log;
};

class NeuralParser {
 public:
  NeuralParser();
  ParseResult parse(std::span<const ParserInput> words, const Lexicon& lexicon) const;
  // Parses several sentences at once, the same trees as one by one, faster:
  // each step of the recurrences and of the transitions reads the weights
  // once for all sentences still running.
  std::vector<ParseResult> parse_batch(std::span<const std::span<const ParserInput>> sentences,
                                       const Lexicon& lexicon) const;

  static NeuralParser train(std::span<const ParserExample> train,
                            std::span<const ParserExample> dev, const Lexicon& lexicon,
                            const NeuralParserOptions& options);
  std::pair<double, double> attachment(std::span<const ParserExample> gold,
                                       const Lexicon& lexicon) const;

  void save(ModelWriter& out) const;
  static NeuralParser load(ModelReader& in);

  // Input features of a word, each with its own embedding table.
  enum Feature : size_t { kWord, kXpos, kUpos, kSuffix3, kPrefix3, kShape, kClass, kFeatureCount };

 private:
  struct Inputs;
  struct Workspace;
  struct BatchWorkspace;
  struct TrainScratch;
  struct TrainStats {
    size_t moves = 0, mistakes = 0;
    double loss = 0;
  };
  // One training sentence: dropout, forward pass, dynamic oracle, backward
  // pass. The gradients accumulate in this parser's parameters.
  void train_sentence(const Inputs& input, const std::vector<int>& heads,
                      const std::vector<uint16_t>& labels, const NeuralParserOptions& o,
                      bool explore, std::mt19937_64& rng, TrainScratch& scratch, TrainStats& stats);
  // rows: embedding rows of the vocabulary features (word, xpos, upos).
  void build(const NeuralParserOptions& o, const size_t (&rows)[3], std::mt19937_64* rng);
  // Precomputes each embedding row's contribution to both LSTMs' gates, so
  // parsing adds seven vectors per word instead of multiplying its input.
  void precompute();
  void drop_tables();  // training updates the weights the tables came from
  std::vector<nn::Param*> params();
  // With `dropout` > 0 (training), masks inputs and BiLSTM outputs.
  void encode(const Inputs& in, Workspace& ws, float dropout = 0.0f,
              std::mt19937_64* rng = nullptr) const;
  void encode_backward(const Inputs& in, Workspace& ws);
  void score(const ParseState& st, Workspace& ws, float* hidden, float* scores) const;
  Inputs inputs(std::span<const ParserInput> words, const Lexicon& lexicon) const;
  size_t action_count() const { return moves_.size(); }
  Transition action(size_t index) const;

  // Vocabularies: hash of the normalized form / tag -> embedding row (0 = unknown).
  std::unordered_map<uint64_t, uint32_t> word_index_, tag_index_, upos_index_;
  std::vector<uint32_t> word_count_;  // per row, for word dropout (training only)
  MoveSet moves_;
  size_t input_dim_ = 0, lstm_ = 0, mlp_ = 0;

  std::vector<nn::Param> emb_;               // one table per feature
  nn::Param fwd_w_, fwd_b_, bwd_w_, bwd_b_;  // LSTM: 4H x (D + H), gates i f o g
  nn::Param special_;                        // rows: root, none (2H each)
  nn::Param w1_, b1_;                        // 5 slots x M rows of 2H, bias M
  nn::Param w2_, b2_;                        // actions x M, bias
  // Gate contributions (forward 4H then backward 4H) per embedding row, one
  // table per input feature; empty until precompute().
  std::vector<std::vector<float>> projected_;
  // Transposed weights for nn::gemm_t at inference: recurrent parts of both
  // LSTMs, the first and the output layer of the MLP.
  std::vector<float> fwd_rec_t_, bwd_rec_t_, w1_t_, w2_t_;
  std::vector<float> bias_;       // both LSTMs' biases (8H)
  std::vector<float> special_p_;  // first MLP layer of the root and "none" rows (2 x 5M)
};

}  // namespace kg::nlp
