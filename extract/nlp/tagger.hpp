#pragma once
// Part-of-speech tagger: an averaged perceptron that predicts the UPOS and
// Penn XPOS tag of each word jointly (one class per (UPOS, XPOS) pair seen in
// training), left to right, from the word, its affixes and shape, its
// neighbours, the two previous predictions, the tags the word had in training
// and the parts of speech WordNet allows. UD features are looked up per word
// and tag. Const after training or loading; thread-safe.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/nlp/annotation.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/nlp/lexicon.hpp"
#include "extract/nlp/perceptron.hpp"

namespace kg::nlp {

struct TagClass {
  Upos upos = Upos::X;
  std::string xpos;
};

struct TaggerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  std::function<void(const std::string&)> log;  // progress lines, may be empty
};

class Tagger {
 public:
  // One class per word. Requires: lexicon is the one the tagger was trained with.
  std::vector<uint16_t> tag(std::span<const std::string_view> forms, const Lexicon& lexicon) const;

  const TagClass& tag_class(uint16_t c) const { return classes_[c]; }
  size_t class_count() const { return classes_.size(); }
  // The UD features the word most often had with this tag in training.
  const std::string& feats(std::string_view form, uint16_t cls) const;

  static Tagger train(std::span<const ConlluSentence> train, std::span<const ConlluSentence> dev,
                      const Lexicon& lexicon, const TaggerTrainOptions& options);
  // Share of dev words whose (UPOS, XPOS) class is right.
  double accuracy(std::span<const ConlluSentence> gold, const Lexicon& lexicon) const;

  void save(ModelWriter& out) const;
  static Tagger load(ModelReader& in);

 private:
  struct TokenInfo;
  void prepare(std::span<const std::string_view> forms, const Lexicon& lexicon,
               std::vector<TokenInfo>& out) const;
  static void features(const std::vector<TokenInfo>& toks, size_t i, const uint16_t* prev_tags,
                       std::vector<uint64_t>& out);
  std::vector<uint16_t> gold_classes(const ConlluSentence& s) const;

  WeightTable weights_;
  std::vector<TagClass> classes_;
  std::unordered_map<std::string, uint16_t> class_index_;  // "UPOS\tXPOS" -> class (training)
  std::unordered_map<uint64_t, uint64_t> ambiguity_;       // hash(norm form) -> hash of its tag set
  std::unordered_map<uint64_t, std::string> word_feats_;   // hash(norm form, class) -> feats
  std::vector<std::string> class_feats_;                   // class -> most frequent feats
};

}  // namespace kg::nlp
