#pragma once
// Trains the whole analyzer model from CoNLL-U treebanks: the lexicon from
// WordNet, the tagger (early stopping on dev), the lemmatizer, and the parser
// on jackknifed tags (each training sentence tagged by a tagger that never
// saw it, so the parser learns from the kind of tags it will get), with early
// stopping on dev. Deterministic for a given seed.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kg::nlp {

struct ModelTrainConfig {
  std::vector<std::filesystem::path> train;
  std::filesystem::path dev;
  std::filesystem::path output;
  uint64_t seed = 1;
  int tagger_epochs = 10;
  int parser_epochs = 16;
  std::string parser = "neural";  // or "perceptron"
  unsigned threads = 2;           // for the jackknifing folds
  // For the neural parser's training: 1 reproduces the shipped model; 2 is
  // faster and gives another model, deterministic for the count.
  unsigned parser_threads = 1;
  int folds = 10;  // jackknifing folds for the parser's training tags (1 = gold tags)
  std::function<void(const std::string&)> log;
};

struct ModelTrainReport {
  double dev_tag_accuracy = 0, dev_uas = 0, dev_las = 0;
  size_t train_sentences = 0, train_words = 0;
  double seconds = 0;
};

ModelTrainReport train_model(const ModelTrainConfig& config);

}  // namespace kg::nlp
